// The school's details, as the letters print them: name, phase, address, contact details, headteacher
// and attendance champion (PUT /schools/{urn}: a detail left empty is cleared).

import { getJson, putJson } from '../api.js';
import { field, onSubmit, select } from '../forms.js';
import { el, showSuccess, words } from '../ui.js';

const PHASES = ['PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION'];

export async function detailsSection(urn, canChange) {
  const school = await getJson(`schools/${urn}`);
  const champion = school.attendanceChampion || {};
  const button = el('button', { type: 'submit', id: 'save-details' }, 'Save the details');
  const form = el('form', { id: 'details-form', novalidate: true },
    field({ id: 'school-name', name: 'name', label: 'Name', value: school.name, required: true }),
    field({ id: 'school-phase', name: 'phase', label: 'Phase', required: true,
      control: select({ id: 'school-phase', name: 'phase', value: school.phase, options: PHASES.map((p) => ({ value: p, label: words(p) })) }) }),
    field({ id: 'school-address', name: 'address', label: 'Address', hint: 'One line of the address on each line, up to 8 lines.',
      control: el('textarea', { rows: 4 }, (school.address || []).join('\n')) }),
    field({ id: 'school-phone', name: 'phone', label: 'Phone', type: 'tel', value: school.phone, attrs: { autocomplete: 'off' } }),
    field({ id: 'school-email', name: 'email', label: 'Email', type: 'email', value: school.email }),
    field({ id: 'school-website', name: 'website', label: 'Website', value: school.website }),
    field({ id: 'school-headteacher', name: 'headteacher', label: 'Headteacher', value: school.headteacher }),
    el('fieldset', {}, el('legend', {}, 'Attendance champion'),
      field({ id: 'champion-name', name: 'championName', label: 'Name', value: champion.name }),
      field({ id: 'champion-email', name: 'championEmail', label: 'Email', type: 'email', value: champion.email }),
      field({ id: 'champion-phone', name: 'championPhone', label: 'Phone', type: 'tel', value: champion.phone })),
    canChange ? button : null);
  onSubmit(form, button, async () => {
    const text = (name) => form[name].value.trim();
    await putJson(`schools/${urn}`, {
      name: text('name'), phase: form.phase.value,
      address: text('address').split('\n').map((l) => l.trim()).filter(Boolean),
      phone: text('phone'), email: text('email'), website: text('website'), headteacher: text('headteacher'),
      attendanceChampion: { name: text('championName'), email: text('championEmail'), phone: text('championPhone') },
    });
    showSuccess('The school\'s details are saved.');
  });
  return el('section', { id: 'details', 'aria-labelledby': 'details-heading' },
    el('h2', { id: 'details-heading' }, 'School details'),
    el('p', {}, 'The letters and printouts print these.'), form);
}
