// A tutor's page: the pupils of their forms and year groups (the server filters the roll) with links to each
// pupil's page, and the staff data made for those forms and year groups.

import { getJson, query } from '../api.js';
import { renderArchive } from '../archive-list.js';
import { pageLink, ROLES, startPage } from '../layout.js';
import { loadRoll } from '../roll.js';
import { append, clear, el, table } from '../ui.js';

startPage({ title: 'My forms', roles: [ROLES.TUTOR], school: true }, async ({ urn, session, params, content }) => {
  const [roll, documents] = await Promise.all([loadRoll(urn), getJson(`documents${query({ urn })}`)]);
  const pupils = [...roll.values()].sort((a, b) => `${a.form} ${a.surname} ${a.forename}`.localeCompare(`${b.form} ${b.surname} ${b.forename}`));
  const forms = [...new Set(pupils.map((p) => p.form))].sort();
  const reach = [...session.forms.map((f) => `form ${f}`), ...session.yearGroups.map((y) => `year ${y}`)].join(', ') || 'none given';
  const staffData = el('div', { id: 'staff-data' });
  append(clear(content),
    el('p', { class: 'lead' }, `Your forms and year groups: ${reach}.`),
    el('section', { 'aria-labelledby': 'pupils-heading' },
      el('h2', { id: 'pupils-heading' }, 'Pupils'),
      forms.length === 0 ? el('p', {}, 'No pupils in your forms yet.') : null,
      forms.map((form) => table({
        caption: `Form ${form}`,
        columns: [
          { label: 'Pupil', value: (p) => el('a', { href: pageLink('pupil.html', urn, { upn: p.upn, from: params.get('from'), to: params.get('to') }) }, `${p.forename} ${p.surname}`) },
          { label: 'Year group', value: (p) => p.yearGroup || '' },
          { label: 'UPN', value: (p) => p.upn },
        ],
        rows: pupils.filter((p) => p.form === form),
      }))),
    el('section', { 'aria-labelledby': 'staff-data-heading' }, el('h2', { id: 'staff-data-heading' }, 'Staff data'), staffData));
  renderArchive(staffData, documents, params, 'staff-data');
});
