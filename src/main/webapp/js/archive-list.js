// The archive list with its filters (kind, term, form or year group), shared by the archive page and the
// governor's page. Each document is a download link.

import { downloadLink, kindName, size } from './documents.js';
import { append, clear, date, el, table } from './ui.js';

const SHOWN = 200;

const distinct = (values) => [...new Set(values.filter(Boolean))].sort();
const placeOf = (d) => d.form || (d.yearGroup ? `Year ${d.yearGroup}` : '');

function select(id, label, values, chosen, nameOf = (v) => v) {
  return el('div', { class: 'field' }, el('label', { for: id }, label),
    el('select', { id, name: id },
      el('option', { value: '' }, 'All'),
      values.map((v) => el('option', { value: v, selected: v === chosen }, nameOf(v)))));
}

/** The filter form and the list; shared with the governor's page (which passes only what governors may read). */
export function renderArchive(content, documents, params, idPrefix) {
  const form = el('form', { class: 'inline-fields', id: `${idPrefix}-filter`, 'aria-label': 'Filter the documents' },
    select('kind', 'Kind', distinct(documents.map((d) => d.kind)), params.get('kind'), kindName),
    select('term', 'Term', distinct(documents.map((d) => d.term)), params.get('term')),
    select('form', 'Form or year group', distinct(documents.map(placeOf)), params.get('form')));
  const count = el('p', { role: 'status', id: `${idPrefix}-count` });
  const list = el('div', { id: `${idPrefix}-list` });
  const redraw = () => {
    const kind = form.kind.value;
    const term = form.term.value;
    const place = form.form.value;
    const chosen = documents.filter((d) => (!kind || d.kind === kind) && (!term || d.term === term) && (!place || placeOf(d) === place));
    count.textContent = `${chosen.length} of ${documents.length} documents${chosen.length > SHOWN ? `; the newest ${SHOWN} are listed, narrow the filter to see others` : ''}.`;
    list.replaceChildren(table({
      caption: 'Documents, newest first',
      columns: [
        { label: 'Document', value: (d) => downloadLink(d.id, d.title || kindName(d.kind), d.fileName) },
        { label: 'Kind', value: (d) => kindName(d.kind) },
        { label: 'Term', value: (d) => d.term || '' },
        { label: 'Period', value: (d) => (d.from ? `${date(d.from)} to ${date(d.to)}` : '') },
        { label: 'Form or year', value: placeOf },
        { label: 'Made', value: (d) => date(d.created) },
        { label: 'Size', value: (d) => size(d.size), numeric: true },
      ],
      rows: [...chosen].sort((a, b) => String(b.created).localeCompare(String(a.created)) || b.id - a.id).slice(0, SHOWN),
      empty: 'No document matches.',
    }));
  };
  form.addEventListener('change', redraw);
  form.addEventListener('submit', (e) => { e.preventDefault(); redraw(); });
  append(clear(content), form, count, list);
  redraw();
}
