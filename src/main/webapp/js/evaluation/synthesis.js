// The synthesis of a round under review: per item how many scored, the median and range, the bands, and
// whether the respondents disagree (in words, never colour alone); the lead agrees a score per item and
// closes the round once every item has one.

import { getJson, postJson, putJson } from '../api.js';
import { buttonForm, field, onSubmit, radios, select } from '../forms.js';
import { append, el, showSuccess, table, words } from '../ui.js';

export async function synthesis(round, framework, canManage, reload) {
  const items = await getJson(`audits/${round.id}/synthesis`);
  const section = el('section', { id: 'synthesis', 'aria-labelledby': 'synthesis-heading' },
    el('h2', { id: 'synthesis-heading' }, 'Synthesis'),
    el('p', {}, `Respondents disagree when their scores fall in different bands${framework.rating === 'SCALE' ? `, or spread ${framework.disagreementSpread} points or more` : ''}.`),
    table({
      caption: 'Each item: the respondents\' scores side by side and the agreed score',
      columns: [
        { label: 'Item', value: (i) => i.code },
        { label: 'Title', value: (i) => i.title },
        { label: 'Scored by', value: (i) => String(i.synthesis.count), numeric: true },
        { label: 'Median', value: (i) => show(framework, i.synthesis.median), numeric: true },
        { label: 'Lowest to highest', value: (i) => (i.synthesis.count ? `${show(framework, i.synthesis.lowest)} to ${show(framework, i.synthesis.highest)}` : 'no scores') },
        { label: 'Bands', value: (i) => bands(i.synthesis.bandCounts) },
        { label: 'Disagreement', value: (i) => (i.synthesis.disagreement
          ? el('span', { class: 'badge disagree' }, `Yes: ${i.synthesis.disagreementReason || 'scores differ'}`)
          : 'No') },
        { label: 'Agreed', value: (i) => (i.agreed ? `${show(framework, i.agreed.score)}${i.agreed.note ? `: ${i.agreed.note}` : ''}` : 'not yet') },
        { label: 'Since last round', value: (i) => (i.change ? words(i.change.direction) : '') },
      ],
      rows: items,
    }));
  if (canManage && round.status === 'REVIEW') {
    append(section, agreeForm(round, framework, items, reload),
      el('h3', {}, 'Close the round'),
      el('p', {}, 'Once every item has an agreed score, close the round: its scores become the school\'s latest self-evaluation.'),
      buttonForm('Close the round', async () => {
        await postJson(`audits/${round.id}/close`, {});
        await reload();
        showSuccess('The round is closed.');
      }, { id: 'close-round' }));
  }
  return section;
}

/** A score in words: "7 (Amber)" on a scale, "Amber" for a RAG-rated framework. */
export function show(framework, score) {
  if (score === null || score === undefined) return 'none';
  const band = framework.bands.find((b) => score >= b.from && score <= b.to);
  const rag = band ? words(band.rag) : '';
  return framework.rating === 'RAG' ? rag || String(score) : `${Number(score)}${rag ? ` (${rag})` : ''}`;
}

function bands(counts) {
  return `Red ${counts.red}, Amber ${counts.amber}, Green ${counts.green}`;
}

function agreeForm(round, framework, items, reload) {
  const button = el('button', { type: 'submit', id: 'agree' }, 'Agree the score');
  const open = items.find((i) => !i.agreed) || items[0];
  const scoreField = framework.rating === 'RAG'
    ? radios({ name: 'rating', legend: 'Agreed rating', idPrefix: 'agree-rating', choices: ['RED', 'AMBER', 'GREEN'].map((r) => ({ value: r, label: words(r) })) })
    : field({ id: 'agree-score', name: 'score', type: 'number', label: `Agreed score (${framework.scaleMin} to ${framework.scaleMax})`, required: true,
      attrs: { min: framework.scaleMin, max: framework.scaleMax, step: 1, inputmode: 'numeric' } });
  const form = el('form', { id: 'agree-form', novalidate: true },
    el('h3', {}, 'Agree a score'),
    field({ id: 'agree-item', name: 'item', label: 'Item', required: true,
      control: select({ id: 'agree-item', name: 'item', value: open && open.code, options: items.map((i) => ({ value: i.code, label: `${i.code} ${i.title}${i.agreed ? ' (agreed)' : ''}` })) }) }),
    scoreField,
    field({ id: 'agree-note', name: 'note', label: 'Note', control: el('textarea', { rows: 2 }) }),
    button);
  onSubmit(form, button, async () => {
    const item = form.item.value;
    const body = { note: form.note.value || null };
    if (framework.rating === 'RAG') body.rating = (form.querySelector('input[name=rating]:checked') || {}).value || null;
    else body.score = form.score.value === '' ? null : Number(form.score.value);
    await putJson(`audits/${round.id}/agreed/${encodeURIComponent(item)}`, body);
    await reload();
    showSuccess(`Item ${item} is agreed.`);
  });
  return form;
}
