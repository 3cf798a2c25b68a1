// The school's calendar: its academic years, terms with half-terms and closures, as a table; changed as
// the same JSON the API takes (PUT /schools/{urn}/calendar), so every detail of it can be edited.

import { getJson, ProblemError, putJson } from '../api.js';
import { field, onSubmit } from '../forms.js';
import { append, clear, date, el, showSuccess, table, words } from '../ui.js';

export async function calendarSection(urn, canChange) {
  let calendar;
  try {
    calendar = await getJson(`schools/${urn}/calendar`);
  } catch (e) {
    if (!(e instanceof ProblemError) || e.status !== 404) throw e;
    calendar = { academicYears: [] };
  }
  const view = el('div', {});
  const section = el('section', { id: 'calendar', 'aria-labelledby': 'calendar-heading' },
    el('h2', { id: 'calendar-heading' }, 'Calendar'), view);
  showCalendar(view, calendar);
  if (canChange) append(section, editForm(urn, calendar, view));
  return section;
}

function showCalendar(view, calendar) {
  const years = calendar.academicYears || [];
  const terms = years.flatMap((y) => (y.terms || []).map((t) => ({ year: y.name, ...t })));
  const closures = years.flatMap((y) => (y.closures || []).map((c) => ({ year: y.name, ...c })));
  append(clear(view),
    years.length ? null : el('p', {}, 'No calendar yet: marks are accepted on any weekday until there is one.'),
    table({
      caption: 'Terms',
      empty: 'No term.',
      columns: [
        { label: 'Term', value: (t) => `${t.name} ${t.year}` },
        { label: 'Starts', value: (t) => date(t.start) },
        { label: 'Ends', value: (t) => date(t.end) },
        { label: 'Half term', value: (t) => (t.halfTerm ? `${date(t.halfTerm.start)} to ${date(t.halfTerm.end)}` : 'none') },
      ],
      rows: terms,
    }),
    table({
      caption: 'Closures',
      empty: 'No closure.',
      columns: [
        { label: 'Date', value: (c) => date(c.date) },
        { label: 'Kind', value: (c) => words(c.kind) },
        { label: 'Description', value: (c) => c.description || '' },
      ],
      rows: closures,
    }));
}

function editForm(urn, calendar, view) {
  const button = el('button', { type: 'submit', id: 'save-calendar' }, 'Save the calendar');
  const text = el('textarea', { rows: 14, spellcheck: 'false', class: 'code' }, JSON.stringify(calendar, null, 2));
  const form = el('form', { id: 'calendar-form', novalidate: true },
    field({ id: 'calendar-json', name: 'calendar', label: 'The calendar as JSON', required: true, control: text,
      hint: 'Academic years with name, start and end; terms with name, start, end and halfTerm; closures with date, kind (for example INSET) and description. Dates are YYYY-MM-DD. The README shows an example.' }),
    button);
  onSubmit(form, button, async () => {
    let parsed;
    try {
      parsed = JSON.parse(text.value);
    } catch (e) {
      throw new ProblemError(400, { title: 'The calendar is not valid JSON', detail: e.message, errors: [{ field: 'calendar', reason: 'not valid JSON' }] });
    }
    const saved = await putJson(`schools/${urn}/calendar`, parsed);
    showCalendar(view, saved);
    text.value = JSON.stringify(saved, null, 2);
    showSuccess('The calendar is saved.');
  });
  return form;
}
