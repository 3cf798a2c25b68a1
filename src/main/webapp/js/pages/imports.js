// Imports: upload a pupils, contacts, marks or CTF file to the same endpoints scripts use; a refused file
// shows every error by line and field (the problem body's errors[]) and changed nothing; an applied one
// shows its counts; then the school's import history, newest first.

import { api, ProblemError } from '../api.js';
import { radios } from '../forms.js';
import { startPage, WHOLE_SCHOOL } from '../layout.js';
import { append, clear, clearMessages, el, table, withButton, words } from '../ui.js';

const KINDS = [
  { value: 'pupils', label: 'Pupils (CSV)', hint: 'upn, surname, forename, dob, gender, then year_group, form, admission_date and the other columns in the README.' },
  { value: 'contacts', label: 'Contacts (CSV)', hint: 'upn, contact_name, relationship, email, address, priority, receives_correspondence, channel. Replaces the listed pupils\' contacts.' },
  { value: 'marks', label: 'Marks (CSV)', hint: 'upn, date, session (AM or PM), code, and optionally minutes_late.' },
  { value: 'ctf', label: 'Common Transfer File (XML)', hint: 'A DfE CTF: pupils\' core data and their marks strings.' },
];

startPage({ title: 'Imports', roles: WHOLE_SCHOOL, school: true }, async ({ urn, content }) => {
  const result = el('section', { id: 'import-result', 'aria-labelledby': 'result-heading', hidden: true });
  const history = el('section', { id: 'import-history', 'aria-labelledby': 'history-heading' });
  append(clear(content),
    el('p', {}, 'Each file is applied wholly or not at all: a file with any error changes nothing, and every error is listed with its line and field.'),
    uploadForm(urn, result, history), result, history);
  await showHistory(urn, history);
});

function uploadForm(urn, result, history) {
  const button = el('button', { type: 'submit', id: 'upload' }, 'Upload the file');
  const fileHint = el('p', { class: 'hint', id: 'import-file-hint' }, 'UTF-8 CSV with a header row, or CTF XML. Up to 100 MB.');
  const form = el('form', { id: 'import-form', novalidate: true },
    radios({ name: 'kind', legend: 'What the file holds', choices: KINDS, value: 'marks', idPrefix: 'kind' }),
    el('div', { class: 'field' },
      el('label', { for: 'import-file' }, 'File'), fileHint,
      el('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,.txt,.xml,text/csv,application/xml', 'aria-describedby': 'import-file-hint' })),
    button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = form.file.files[0];
    if (!file) {
      noFile(form);
      return;
    }
    withButton(button, async () => {
      await upload(urn, form.kind.value, file, result);
      await showHistory(urn, history);
    });
  });
  return form;
}

function noFile(form) {
  const input = form.file;
  clearMessages();
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  input.insertAdjacentElement('beforebegin', el('p', { class: 'field-error', id: 'import-file-error' }, el('strong', {}, 'Error: '), 'Choose a file to upload.'));
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', 'import-file-hint import-file-error');
  input.focus();
}

async function upload(urn, kind, file, result) {
  const form = document.getElementById('import-form');
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.file.removeAttribute('aria-invalid');
  form.file.setAttribute('aria-describedby', 'import-file-hint');
  const path = kind === 'pupils' ? `schools/${urn}/pupils` : `schools/${urn}/${kind}`;
  const name = file.name.replace(/[^\x20-\x7e]|"/g, '_');
  try {
    const applied = await api(path, {
      method: 'POST',
      body: file,
      contentType: kind === 'ctf' ? 'application/xml' : 'text/csv',
      headers: { 'Content-Disposition': `attachment; filename="${name}"` },
    });
    showApplied(result, applied);
  } catch (e) {
    if (!(e instanceof ProblemError) || !e.problem.errors || e.problem.errors.length === 0) throw e;
    showRefused(result, file.name, e.problem);
  }
}

function showApplied(result, r) {
  const heading = el('h2', { id: 'result-heading', tabindex: '-1' }, `Applied: ${r.file}`);
  append(clear(result),
    heading,
    el('div', { class: 'message success', role: 'status' },
      el('p', {}, el('strong', {}, 'The whole file was applied. '),
        `${r.rows} ${r.rows === 1 ? 'row' : 'rows'} read: ${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged.`)),
    r.warnings.length ? el('div', {}, el('h3', {}, 'Warnings'), el('ul', { class: 'warnings' }, r.warnings.map((w) => el('li', {}, w)))) : null);
  result.hidden = false;
  heading.focus();
}

function showRefused(result, fileName, problem) {
  const heading = el('h2', { id: 'result-heading', tabindex: '-1' }, `Refused: ${fileName}`);
  const count = problem.errors.length;
  append(clear(result),
    heading,
    el('div', { class: 'message error', role: 'alert' },
      el('p', {}, el('strong', {}, 'Nothing was changed. '),
        `The file has ${count === 1 ? 'an error' : `${count} errors`}; correct ${count === 1 ? 'it' : 'them'} and upload the whole file again.`),
      problem.detail ? el('p', {}, problem.detail) : null),
    table({
      caption: `Errors in ${fileName}`,
      columns: [
        { label: 'Line', value: (e) => (e.line ? String(e.line) : 'whole file'), numeric: true },
        { label: 'Field', value: (e) => e.field || '' },
        { label: 'Value', value: (e) => (e.value === null || e.value === undefined ? '' : String(e.value)) },
        { label: 'What is wrong', value: (e) => e.reason || '' },
      ],
      rows: problem.errors,
    }));
  result.hidden = false;
  heading.focus();
}

async function showHistory(urn, history) {
  const imports = await api(`schools/${urn}/imports?limit=50`);
  append(clear(history),
    el('h2', { id: 'history-heading' }, 'Import history'),
    table({
      caption: 'The last 50 imports, newest first',
      empty: 'No file has been imported yet.',
      columns: [
        { label: 'Started', value: (r) => when(r.started) },
        { label: 'Kind', value: (r) => words(r.kind) },
        { label: 'File', value: (r) => r.file },
        { label: 'Result', value: (r) => el('span', { class: `badge status-${r.status.toLowerCase()}` }, r.status === 'APPLIED' ? 'Applied' : 'Refused') },
        { label: 'Rows', value: (r) => String(r.rows), numeric: true },
        { label: 'Added', value: (r) => String(r.added), numeric: true },
        { label: 'Changed', value: (r) => String(r.changed), numeric: true },
        { label: 'Unchanged', value: (r) => String(r.unchanged), numeric: true },
        { label: 'Errors', value: (r) => String(r.errors), numeric: true },
        { label: 'Source', value: (r) => words(r.source) },
        { label: 'By', value: (r) => r.importedBy },
      ],
      rows: imports,
    }));
}

/** A stored local time (2025-09-08T10:15:00) in words, to the minute. */
function when(iso) {
  if (!iso) return '';
  const [day, time] = String(iso).split('T');
  return `${day} ${time ? time.slice(0, 5) : ''}`.trim();
}
