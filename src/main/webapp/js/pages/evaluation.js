// Self-evaluation: the school's audit rounds and a form to open one (lead); with ?round= one round: its
// respondents (add one, link to score), closing scoring, the synthesis with disagreements, agreeing scores,
// closing the round, and the action plan (js/evaluation/*.js).

import { getJson, postJson } from '../api.js';
import { actionPlan } from '../evaluation/plan.js';
import { respondents } from '../evaluation/respondents.js';
import { synthesis } from '../evaluation/synthesis.js';
import { field, onSubmit, select } from '../forms.js';
import { hasAny, pageLink, ROLES, startPage, WHOLE_SCHOOL } from '../layout.js';
import { append, clear, date, el, table, words } from '../ui.js';

startPage({ title: 'Self-evaluation', roles: WHOLE_SCHOOL, school: true }, async ({ urn, session, params, content }) => {
  const canManage = hasAny(session, [ROLES.ADMIN, ROLES.LEAD]);
  const roundId = params.get('round');
  if (roundId) {
    await showRound(urn, Number(roundId), canManage, content);
    return;
  }
  const [rounds, frameworks] = await Promise.all([getJson(`schools/${urn}/audits`), getJson('frameworks')]);
  append(clear(content),
    el('section', { 'aria-labelledby': 'rounds-heading' },
      el('h2', { id: 'rounds-heading' }, 'Rounds'),
      table({
        caption: 'Audit rounds, newest first',
        empty: 'No round has been opened yet.',
        columns: [
          { label: 'Round', value: (r) => el('a', { href: pageLink('evaluation.html', urn, { round: r.id }) }, r.title) },
          { label: 'Framework', value: (r) => `${r.frameworkName} (version ${r.frameworkVersion})` },
          { label: 'Held on', value: (r) => date(r.heldOn) },
          { label: 'Status', value: (r) => words(r.status) },
        ],
        rows: rounds,
      })),
    canManage ? openForm(urn, frameworks) : null);
});

function openForm(urn, frameworks) {
  const button = el('button', { type: 'submit', id: 'open-round' }, 'Open the round');
  const form = el('form', { id: 'open-round-form', novalidate: true },
    field({ id: 'round-framework', name: 'frameworkId', label: 'Framework', required: true,
      control: select({ id: 'round-framework', name: 'frameworkId', options: frameworks.map((f) => ({ value: f.id, label: `${f.name} (${f.key}, version ${f.version}, ${f.itemCount} items)` })) }) }),
    field({ id: 'round-title', name: 'title', label: 'Title', required: true, hint: 'For example: Autumn 2025 attendance audit.' }),
    field({ id: 'round-held-on', name: 'heldOn', type: 'date', label: 'Held on', required: true }),
    button);
  onSubmit(form, button, async () => {
    const round = await postJson(`schools/${urn}/audits`, {
      frameworkId: Number(form.frameworkId.value), title: form.title.value, heldOn: form.heldOn.value || null,
    });
    location.assign(pageLink('evaluation.html', urn, { round: round.id }));
  });
  return el('section', { 'aria-labelledby': 'open-heading' }, el('h2', { id: 'open-heading' }, 'Open a round'),
    el('p', {}, 'Name the respondents next; each scores every item alone, then you close scoring, agree a score per item and keep the action plan.'),
    form);
}

async function showRound(urn, roundId, canManage, content) {
  const round = await getJson(`audits/${roundId}`);
  const framework = await getJson(`frameworks/${round.frameworkId}`);
  const reload = () => showRound(urn, roundId, canManage, content);
  const heading = document.querySelector('h1');
  heading.textContent = `Self-evaluation: ${round.title}`;
  document.title = `${round.title} – Self-evaluation – Rollcall`;
  append(clear(content),
    el('p', {}, el('a', { href: pageLink('evaluation.html', urn) }, 'All rounds')),
    el('dl', { class: 'summary' },
      row('Framework', `${round.frameworkName} (version ${round.frameworkVersion})`),
      row('Held on', date(round.heldOn)),
      row('Status', el('span', { id: 'round-status' }, words(round.status))),
      row('Opened by', round.openedBy)),
    await respondents(urn, round, canManage, reload),
    round.status === 'SCORING' ? null : await synthesis(round, framework, canManage, reload),
    await actionPlan(round, framework, canManage, reload));
}

function row(label, value) {
  return el('div', { class: 'summary-row' }, el('dt', {}, label), el('dd', {}, value));
}
