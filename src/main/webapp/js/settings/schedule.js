// The term schedule (issue 11): which runs the school wants at which points of its calendar, and the next
// dates they give. The endpoint may not be on this server yet: a 404 or 405 says so in words and leaves
// the rest of the settings working.

import { getJson, ProblemError, putJson } from '../api.js';
import { field, onSubmit, select } from '../forms.js';
import { append, clear, date, el, showSuccess, table, words } from '../ui.js';

const KINDS = ['GOVERNOR_PACK', 'PARENT_PRINTOUTS', 'STAFF_DATA', 'SEF_SECTION'];
const POINTS = [
  { value: 'TERM_START', label: 'Term start' },
  { value: 'HALF_TERM_START', label: 'Half-term start' },
  { value: 'TERM_END', label: 'Term end' },
];
const WINDOWS = [
  { value: 'TERM_TO_DATE', label: 'Term to date' },
  { value: 'YEAR_TO_DATE', label: 'Year to date' },
  { value: 'HALF_TERM', label: 'The half term' },
];

export async function scheduleSection(urn, canChange) {
  const section = el('section', { id: 'schedule', 'aria-labelledby': 'schedule-heading' },
    el('h2', { id: 'schedule-heading' }, 'Term schedule'));
  let schedule;
  try {
    schedule = await getJson(`schools/${urn}/schedule`);
  } catch (e) {
    if (e instanceof ProblemError && (e.status === 404 || e.status === 405)) {
      return append(section, el('p', { id: 'schedule-unavailable', class: 'message' },
        el('strong', {}, 'Not available yet: '),
        'this Rollcall server does not offer the term schedule. Start runs from the Runs page; the rest of the settings work as usual.'));
    }
    throw e;
  }
  const body = el('div', {});
  append(section, body);
  draw(urn, schedule, body, canChange);
  return section;
}

function draw(urn, schedule, body, canChange) {
  const rows = el('div', { class: 'list-rows' });
  const add = el('button', { type: 'button', class: 'secondary', id: 'add-schedule' }, 'Add a scheduled run');
  const save = el('button', { type: 'submit', id: 'save-schedule' }, 'Save the schedule');
  const form = el('form', { id: 'schedule-form', novalidate: true }, rows, canChange ? el('div', { class: 'actions' }, add, save) : null);
  const addRow = (entry) => {
    const row = entryRow(entry, add, () => renumber(rows), canChange);
    rows.append(row);
    renumber(rows);
    return row;
  };
  schedule.entries.forEach(addRow);
  add.addEventListener('click', () => addRow({ kind: 'GOVERNOR_PACK', at: 'TERM_END', offsetSchoolDays: 0, window: 'TERM_TO_DATE' }).querySelector('select').focus());
  onSubmit(form, save, async () => {
    const entries = [...rows.children].map((row) => {
      const v = (name) => row.querySelector(`[name=${name}]`).value.trim();
      return { kind: v('kind'), at: v('at'), offsetSchoolDays: v('offsetSchoolDays') === '' ? 0 : Number(v('offsetSchoolDays')), window: v('window'), term: v('term') || null };
    });
    const saved = await putJson(`schools/${urn}/schedule`, entries);
    draw(urn, saved, body, canChange);
    showSuccess(`The schedule is saved: ${saved.entries.length} scheduled runs.`);
  });
  append(clear(body),
    el('p', {}, schedule.defaults ? 'This school has the default schedule; saving makes it the school\'s own.' : 'The school\'s own schedule.'),
    form,
    table({
      caption: 'The next scheduled runs, soonest first',
      empty: 'No date ahead (the calendar has no term ahead, or the schedule is empty).',
      columns: [
        { label: 'Date', value: (n) => date(n.date) },
        { label: 'Kind', value: (n) => words(n.kind) },
        { label: 'Window', value: (n) => `${date(n.from)} to ${date(n.to)}` },
        { label: 'Term', value: (n) => n.term || '' },
      ],
      rows: schedule.next.slice(0, 12),
    }));
}

function entryRow(entry, add, renumber, canChange) {
  const n = `schedule-${Math.random().toString(36).slice(2, 8)}`;
  const kinds = KINDS.includes(entry.kind) ? KINDS : [...KINDS, entry.kind];
  const remove = el('button', { type: 'button', class: 'secondary' }, 'Remove', el('span', { class: 'visually-hidden' }, ' this scheduled run'));
  const row = el('fieldset', { class: 'list-row' }, el('legend', {}),
    field({ id: `${n}-kind`, name: 'kind', label: 'Kind of run', required: true, control: select({ id: `${n}-kind`, name: 'kind', value: entry.kind, options: kinds.map((k) => ({ value: k, label: words(k) })) }) }),
    field({ id: `${n}-at`, name: 'at', label: 'At', required: true, control: select({ id: `${n}-at`, name: 'at', value: entry.at, options: POINTS }) }),
    field({ id: `${n}-offset`, name: 'offsetSchoolDays', type: 'number', label: 'School days after (negative: before)', required: true, value: entry.offsetSchoolDays, attrs: { step: 1, inputmode: 'numeric' } }),
    field({ id: `${n}-window`, name: 'window', label: 'Reporting on', required: true, control: select({ id: `${n}-window`, name: 'window', value: entry.window, options: WINDOWS }) }),
    field({ id: `${n}-term`, name: 'term', label: 'Only in the term named', hint: 'For example Summer. Leave empty for every term.', value: entry.term }),
    canChange ? remove : null);
  remove.addEventListener('click', () => {
    row.remove();
    renumber();
    add.focus();
  });
  return row;
}

/** Legends "Scheduled run 1", ... and data-field "[0].kind", ... so the API's errors find their field. */
function renumber(rows) {
  [...rows.children].forEach((row, i) => {
    row.querySelector('legend').textContent = `Scheduled run ${i + 1}`;
    row.querySelectorAll('[name]').forEach((input) => input.setAttribute('data-field', `[${i}].${input.name}`));
  });
}
