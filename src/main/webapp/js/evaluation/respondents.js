// A round's respondents: who scores (never their scores while scoring is open), how far each has got, a
// form to add one, the link each uses to score, and the lead's button that closes scoring.

import { getJson, postJson } from '../api.js';
import { buttonForm, field, onSubmit, select } from '../forms.js';
import { pageLink } from '../layout.js';
import { append, el, showSuccess, table, words } from '../ui.js';

const KINDS = ['STAFF', 'PARENT', 'PUPIL', 'PARTNER'];

export async function respondents(urn, round, canManage, reload) {
  const people = await getJson(`audits/${round.id}/respondents`);
  const scoring = round.status === 'SCORING';
  const section = el('section', { id: 'respondents', 'aria-labelledby': 'respondents-heading' },
    el('h2', { id: 'respondents-heading' }, 'Respondents'),
    scoring ? el('p', {}, 'A respondent with a Rollcall login scores at ',
      el('a', { href: pageLink('score.html', urn, { round: round.id }), id: 'score-link' }, 'the scoring page of this round'),
      ' (send them this link). For someone without a login, use "Enter their scores".') : null,
    table({
      caption: 'Respondents and how many items each has scored',
      empty: 'No respondent yet.',
      columns: [
        { label: 'Name', value: (r) => r.name },
        { label: 'Kind', value: (r) => words(r.kind) },
        { label: 'Login', value: (r) => r.username || 'none' },
        { label: 'Items scored', value: (r) => `${r.itemsScored} of ${r.itemCount}`, numeric: true },
        { label: 'Scores', value: (r) => (scoring && canManage && !r.username && r.itemsScored < r.itemCount
          ? el('a', { href: pageLink('score.html', urn, { round: round.id, respondent: r.id }) }, `Enter their scores`, el('span', { class: 'visually-hidden' }, ` (${r.name})`))
          : '') },
      ],
      rows: people,
    }));
  if (canManage && scoring) {
    append(section, addForm(round, reload),
      el('h3', {}, 'Close scoring'),
      el('p', {}, 'When everyone has scored, close scoring: the scores become visible and the synthesis is made. No one can score after that.'),
      buttonForm('Close scoring', async () => {
        await postJson(`audits/${round.id}/close-scoring`, {});
        await reload();
        showSuccess('Scoring is closed. The synthesis is below.');
      }, { id: 'close-scoring' }));
  }
  return section;
}

function addForm(round, reload) {
  const button = el('button', { type: 'submit', id: 'add-respondent' }, 'Add the respondent');
  const form = el('form', { id: 'respondent-form', novalidate: true },
    el('h3', {}, 'Add a respondent'),
    field({ id: 'respondent-name', name: 'name', label: 'Name', required: true }),
    field({ id: 'respondent-kind', name: 'kind', label: 'Kind', required: true,
      control: select({ id: 'respondent-kind', name: 'kind', options: KINDS.map((k) => ({ value: k, label: words(k) })) }) }),
    field({ id: 'respondent-username', name: 'username', label: 'Rollcall login',
      hint: 'Their user name, if they log in to score as themselves. Leave empty to enter their scores for them.' }),
    button);
  onSubmit(form, button, async () => {
    const name = form.name.value;
    await postJson(`audits/${round.id}/respondents`, {
      name, kind: form.kind.value, username: form.username.value.trim() || null,
    });
    await reload();
    showSuccess(`${name} is a respondent.`);
  });
  return form;
}
