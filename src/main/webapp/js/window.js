// The window most pages look at: this term to date by the school's calendar (the latest term that has
// started, to today or its end), or the academic year to date when the school has no calendar yet.
// ?from=&to= in the address overrides it; windowForm() lets a person change it.

import { getJson } from './api.js';
import { el } from './ui.js';

function today() {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}

/** @param calendar false for a person who may not read the calendar (tutors, governors): the year to date */
export async function defaultWindow(urn, params, calendar = true) {
  if (params.get('from') && params.get('to')) return { from: params.get('from'), to: params.get('to'), label: 'the dates chosen' };
  const now = today();
  try {
    if (!calendar) throw new Error('no calendar for this role');
    const years = await getJson(`schools/${urn}/calendar`);
    const terms = (years.academicYears || []).flatMap((y) => (y.terms || []).map((t) => ({ ...t, year: y.name })));
    const started = terms.filter((t) => t.start <= now).sort((a, b) => a.start.localeCompare(b.start));
    const term = started[started.length - 1];
    if (term) {
      return { from: term.start, to: term.end < now ? term.end : now, label: `${term.name} term ${term.year}${term.end < now ? '' : ' to date'}` };
    }
  } catch (noCalendar) {
    // fall back to the academic year below
  }
  const year = Number(now.slice(0, 4)) - (now.slice(5) < '09-01' ? 1 : 0);
  return { from: `${year}-09-01`, to: now, label: 'this academic year to date' };
}

/** A small form (GET, same page) to pick other dates; keeps the school. */
export function windowForm(window, urn) {
  return el('form', { method: 'get', class: 'inline-fields window-form', 'aria-label': 'Dates' },
    el('input', { type: 'hidden', name: 'urn', value: urn }),
    el('div', { class: 'field' }, el('label', { for: 'from' }, 'From'), el('input', { type: 'date', id: 'from', name: 'from', value: window.from, required: true })),
    el('div', { class: 'field' }, el('label', { for: 'to' }, 'To'), el('input', { type: 'date', id: 'to', name: 'to', value: window.to, required: true })),
    el('button', { type: 'submit', class: 'secondary' }, 'Show these dates'));
}
