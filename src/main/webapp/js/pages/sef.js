// The SEF attendance section for a headteacher to paste into the self-evaluation form: made at once by
// GET /schools/{urn}/sef?year=&format=pdf|docx, for this academic year or an earlier one.

import { apiUrl, query } from '../api.js';
import { startPage, WHOLE_SCHOOL } from '../layout.js';
import { append, clear, el } from '../ui.js';

function academicYears() {
  const now = new Date();
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return [0, 1, 2].map((back) => {
    const y = start - back;
    return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

startPage({ title: 'SEF section', roles: WHOLE_SCHOOL, school: true }, async ({ urn, school, content }) => {
  const years = academicYears();
  const select = el('select', { id: 'sef-year', name: 'year' }, years.map((y, i) => el('option', { value: y, selected: i === 0 }, i === 0 ? `${y} (this year, to today)` : y)));
  const links = el('ul', { id: 'sef-links' });
  const redraw = () => {
    const year = select.value;
    links.replaceChildren(
      el('li', {}, el('a', { href: apiUrl(`schools/${urn}/sef${query({ year, format: 'pdf' })}`), download: '' }, `Download the SEF section for ${year} as PDF`)),
      el('li', {}, el('a', { href: apiUrl(`schools/${urn}/sef${query({ year, format: 'docx' })}`), download: '' }, `Download the SEF section for ${year} as Word`)));
  };
  select.addEventListener('change', redraw);
  append(clear(content),
    el('p', { class: 'lead' }, `The attendance section of ${school.name}'s self-evaluation: three years of figures against national, group gaps, persistent absence, the action plan and the impact of interventions.`),
    el('div', { class: 'field' }, el('label', { for: 'sef-year' }, 'Academic year'), select),
    links,
    el('p', { class: 'hint' }, 'The Word file has real headings and tables, so it can be edited and pasted. Making it takes a few seconds.'));
  redraw();
});
