// Small DOM helpers shared by every page: building elements, tables, figures in words, and the message
// area where problems from the API are shown (title, detail and every error with its line and field).

import { ProblemError } from './api.js';

/** el('p', {class: 'hint'}, 'text', child, ...): attributes, then children (strings become text, never HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, ...children);
  return node;
}

/** Appends children (nodes, text, arrays of them; null and false are left out) and answers the node. */
export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A percentage from the API (percent units, 2 decimals), or a dash with words for "no data". */
export function pct(value) {
  return value === null || value === undefined ? 'no data' : `${Number(value).toFixed(2)}%`;
}

export function points(value) {
  if (value === null || value === undefined) return 'no data';
  const n = Number(value);
  return `${n > 0 ? '+' : ''}${n.toFixed(2)} points`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export function date(iso) {
  if (!iso) return '';
  const d = new Date(`${String(iso).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? String(iso) : DATE.format(d);
}

/** Words for an enum-like constant: PARENT_PRINTOUTS → Parent printouts. */
export function words(constant) {
  if (!constant) return '';
  const text = String(constant).replace(/[_-]+/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A data table in a scrolling box (so the page reflows at 320 px; the box takes focus so a keyboard can scroll it).
 * columns: [{ label, value: (row) => text or Node, numeric }]
 */
export function table({ caption, columns, rows, empty = 'Nothing to show.' }) {
  if (!rows || rows.length === 0) return el('p', { class: 'hint' }, caption ? `${caption}: ${empty}` : empty);
  const head = el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)));
  const body = rows.map((row) =>
    el('tr', {}, columns.map((c, i) => {
      const cell = c.value(row);
      const attrs = { class: c.numeric ? 'num' : null };
      return i === 0 && c.rowHeader !== false ? el('th', { ...attrs, scope: 'row' }, cell) : el('td', attrs, cell);
    })));
  const tableNode = el('table', {}, caption ? el('caption', {}, caption) : null, el('thead', {}, head), el('tbody', {}, body));
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || 'Table' }, tableNode);
}

/** The message area of the page (role=alert for errors, status for good news). */
function messages() {
  return document.getElementById('messages');
}

export function clearMessages() {
  const area = messages();
  if (area) clear(area);
}

/** Shows an error: a ProblemError's title, detail and each of its errors (file, line, field, value, reason). */
export function showProblem(error, heading = 'There is a problem') {
  const area = messages();
  if (!area) return;
  clear(area);
  const problem = error instanceof ProblemError ? error.problem : { detail: String(error && error.message || error) };
  const box = el('div', { class: 'message error', role: 'alert', tabindex: '-1' },
    el('h2', {}, heading),
    problem.title && problem.title !== heading ? el('p', {}, el('strong', {}, problem.title)) : null,
    problem.detail ? el('p', {}, problem.detail) : null,
    fieldErrors(problem.errors));
  area.append(box);
  box.focus();
}

export function fieldErrors(errors) {
  if (!errors || errors.length === 0) return null;
  return el('ul', { class: 'field-errors' }, errors.map((e) => el('li', {},
    [e.file, e.line ? `line ${e.line}` : null, e.field ? `field ${e.field}` : null].filter(Boolean).join(', '),
    e.value !== undefined && e.value !== null && e.value !== '' ? ` (value "${e.value}")` : '',
    e.reason ? `: ${e.reason}` : '')));
}

export function showSuccess(text) {
  const area = messages();
  if (!area) return;
  clear(area);
  area.append(el('div', { class: 'message success', role: 'status' }, el('h2', {}, 'Done'), el('p', {}, text)));
}

/** Runs an action for a button: disables it meanwhile, shows a problem when it fails. */
export async function withButton(button, action) {
  button.disabled = true;
  try {
    clearMessages();
    return await action();
  } catch (e) {
    showProblem(e);
    return undefined;
  } finally {
    button.disabled = false;
  }
}
