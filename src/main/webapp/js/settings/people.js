// The people who receive documents: the governors (the pack) and the staff (staff data for their forms and
// year groups). Each list is edited row by row (a fieldset per person) and saved whole: the API replaces
// the list, and refuses all of it when one entry is wrong, naming the field.

import { getJson, putJson } from '../api.js';
import { field, list, onSubmit } from '../forms.js';
import { el, showSuccess } from '../ui.js';

const GOVERNOR = {
  key: 'governors', one: 'governor', many: 'governors', title: 'Governors',
  intro: 'The governors who receive the governor pack by email.',
  fields: [
    { name: 'name', label: 'Name', required: true },
    { name: 'email', label: 'Email', type: 'email', required: true },
  ],
  toJson: (v) => ({ name: v.name, email: v.email }),
};

const STAFF = {
  key: 'staff', one: 'member of staff', many: 'members of staff', title: 'Staff',
  intro: 'The staff who receive staff data: a form tutor their forms, a head of year their year groups.',
  fields: [
    { name: 'name', label: 'Name', required: true },
    { name: 'email', label: 'Email', type: 'email', required: true },
    { name: 'username', label: 'Rollcall login' },
    { name: 'forms', label: 'Forms', hint: 'Separated by commas, for example 7A, 7B.', format: (v) => (v || []).join(', ') },
    { name: 'yearGroups', label: 'Year groups', hint: 'Numbers, or R, N1, N2; separated by commas.', format: (v) => (v || []).join(', ') },
  ],
  toJson: (v) => ({
    name: v.name, email: v.email, username: v.username || null, forms: list(v.forms),
    yearGroups: list(v.yearGroups).map((y) => (/^\d+$/.test(y) ? Number(y) : y)),
  }),
};

export const governorsSection = (urn, canChange) => listSection(urn, GOVERNOR, canChange);
export const staffSection = (urn, canChange) => listSection(urn, STAFF, canChange);

async function listSection(urn, kind, canChange) {
  const entries = await getJson(`schools/${urn}/${kind.key}`);
  const rows = el('div', { class: 'list-rows' });
  const add = el('button', { type: 'button', class: 'secondary', id: `add-${kind.key}` }, `Add a ${kind.one}`);
  const save = el('button', { type: 'submit', id: `save-${kind.key}` }, `Save the ${kind.title.toLowerCase()}`);
  const form = el('form', { id: `${kind.key}-form`, novalidate: true }, rows, canChange ? el('div', { class: 'actions' }, add, save) : null);
  let next = 0;
  const addRow = (entry) => {
    next += 1;
    const row = personRow(kind, entry, next, add, canChange);
    rows.append(row);
    renumber(kind, rows);
    return row;
  };
  entries.forEach((e) => addRow(e));
  if (entries.length === 0) addRow({});
  add.addEventListener('click', () => addRow({}).querySelector('input').focus());
  onSubmit(form, save, async () => {
    const values = [...rows.children].map((row) => Object.fromEntries(
      [...row.querySelectorAll('input')].map((i) => [i.name, i.value.trim()])))
      .filter((v) => Object.values(v).some(Boolean));
    await putJson(`schools/${urn}/${kind.key}`, values.map(kind.toJson));
    showSuccess(`Saved: ${values.length} ${values.length === 1 ? kind.one : kind.many}.`);
  });
  return el('section', { id: kind.key, 'aria-labelledby': `${kind.key}-heading` },
    el('h2', { id: `${kind.key}-heading` }, kind.title), el('p', {}, kind.intro), form);
}

function personRow(kind, entry, n, add, canChange) {
  const legend = el('legend', {});
  const remove = el('button', { type: 'button', class: 'secondary' }, 'Remove', el('span', { class: 'visually-hidden' }, ` ${kind.one} ${entry.name || ''}`));
  const row = el('fieldset', { class: 'list-row' }, legend,
    kind.fields.map((f) => field({
      id: `${kind.key}-${n}-${f.name}`, name: f.name, label: f.label, type: f.type || 'text', required: f.required,
      hint: f.hint, value: f.format ? f.format(entry[f.name]) : entry[f.name],
    })),
    canChange ? remove : null);
  remove.addEventListener('click', () => {
    const rows = row.parentNode;
    row.remove();
    renumber(kind, rows);
    add.focus();
  });
  return row;
}

function renumber(kind, rows) {
  [...rows.children].forEach((row, i) => {
    row.querySelector('legend').textContent = `${kind.one.charAt(0).toUpperCase()}${kind.one.slice(1)} ${i + 1}`;
  });
}
