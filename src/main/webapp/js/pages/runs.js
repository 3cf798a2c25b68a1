// Runs: start any kind for a window (optionally some forms or year groups), watch it with a progress bar
// (GET /runs/{id} every second: done of total), then its documents and emails; and the school's history.

import { getJson, postJson, query } from '../api.js';
import { downloadLink, kindName, size } from '../documents.js';
import { pageLink, startPage, WHOLE_SCHOOL } from '../layout.js';
import { loadRoll, nameOf } from '../roll.js';
import { append, clear, date, el, table, withButton, words } from '../ui.js';
import { defaultWindow } from '../window.js';

const KINDS = [
  { kind: 'GOVERNOR_PACK', label: 'Governor pack', hint: 'The termly pack, archived and emailed to each governor. No pupil is named.' },
  { kind: 'PARENT_PRINTOUTS', label: 'Parent printouts', hint: 'A one-page printout for every pupil, emailed or put in the print file for post.' },
  { kind: 'STAFF_DATA', label: 'Staff data', hint: 'A document for each form and year group, emailed to the staff assigned to it.' },
];
const FINISHED = ['COMPLETED', 'FAILED'];
const POLL_MS = 1000;

startPage({ title: 'Runs', roles: WHOLE_SCHOOL, school: true }, async ({ urn, params, content }) => {
  const window = await defaultWindow(urn, params);
  const current = el('section', { id: 'current-run', 'aria-labelledby': 'current-heading', hidden: true });
  const history = el('section', { id: 'run-history', 'aria-labelledby': 'history-heading' });
  append(clear(content), startForm(urn, window, current, history), current, history);
  const runId = params.get('run');
  if (runId) await watch(urn, Number(runId), current);
  await showHistory(urn, history);
});

function startForm(urn, window, current, history) {
  const kinds = el('fieldset', {}, el('legend', {}, 'Kind of run'),
    KINDS.map((k, i) => el('div', { class: 'field radio' },
      el('input', { type: 'radio', name: 'kind', id: `kind-${k.kind}`, value: k.kind, checked: i === 0, 'aria-describedby': `hint-${k.kind}` }),
      el('label', { for: `kind-${k.kind}`, class: 'inline' }, k.label),
      el('p', { class: 'hint', id: `hint-${k.kind}` }, k.hint))));
  const button = el('button', { type: 'submit', id: 'start-run' }, 'Start the run');
  const form = el('form', { id: 'run-form', novalidate: true },
    kinds,
    el('div', { class: 'inline-fields' },
      el('div', { class: 'field' }, el('label', { for: 'run-from' }, 'From'), el('input', { type: 'date', id: 'run-from', name: 'from', value: window.from, required: true })),
      el('div', { class: 'field' }, el('label', { for: 'run-to' }, 'To'), el('input', { type: 'date', id: 'run-to', name: 'to', value: window.to, required: true }))),
    el('div', { class: 'field' }, el('label', { for: 'run-forms' }, 'Only these forms (optional)'),
      el('p', { class: 'hint', id: 'run-forms-hint' }, 'Separate forms with commas, for example 7A, 7B. Leave empty for the whole school.'),
      el('input', { id: 'run-forms', name: 'forms', 'aria-describedby': 'run-forms-hint' })),
    el('div', { class: 'field' }, el('label', { for: 'run-years' }, 'Only these year groups (optional)'),
      el('p', { class: 'hint', id: 'run-years-hint' }, 'For example 7, 8. Leave empty for every year group.'),
      el('input', { id: 'run-years', name: 'yearGroups', 'aria-describedby': 'run-years-hint' })),
    button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    withButton(button, async () => {
      const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
      const body = { kind: form.kind.value, from: form.from.value, to: form.to.value };
      if (list(form.forms.value).length) body.forms = list(form.forms.value);
      if (list(form.yearGroups.value).length) body.yearGroups = list(form.yearGroups.value);
      const run = await postJson(`schools/${urn}/runs`, body);
      remember(urn, run.id);
      history.replaceChildren();
      await watch(urn, run.id, current);
      await showHistory(urn, history);
    });
  });
  return el('section', { 'aria-labelledby': 'start-heading' }, el('h2', { id: 'start-heading' }, 'Start a run'), form);
}

async function watch(urn, id, section) {
  section.hidden = false;
  const heading = el('h2', { id: 'current-heading', tabindex: '-1' }, `Run ${id}`);
  const bar = el('progress', { id: 'run-progress', max: 1, value: 0, 'aria-labelledby': 'run-progress-label' });
  const label = el('p', { id: 'run-progress-label' }, 'Waiting for the run to start…');
  const status = el('p', { id: 'run-status', role: 'status' });
  const details = el('div', { id: 'run-details' });
  append(clear(section), heading, label, bar, status, details);
  heading.focus();
  let run = await getJson(`runs/${id}`);
  let announced = '';
  for (;;) {
    const { done, total } = run.progress || { done: 0, total: 0 };
    bar.max = Math.max(total, 1);
    bar.value = FINISHED.includes(run.status) && run.status === 'COMPLETED' ? Math.max(total, 1) : done;
    label.textContent = total ? `${words(run.kind)}: ${done} of ${total} done` : `${words(run.kind)}: ${words(run.status)}`;
    if (announced !== run.status) {
      status.textContent = `Status: ${words(run.status)}${run.message ? `. ${run.message}` : ''}`;
      announced = run.status;
    }
    if (FINISHED.includes(run.status)) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    run = await getJson(`runs/${id}`);
  }
  status.textContent = `Status: ${words(run.status)}${run.message ? `. ${run.message}` : ''}`;
  await showResult(urn, run, details);
}

async function showResult(urn, run, details) {
  const [page, roll] = await Promise.all([getJson(`runs/${run.id}/documents${query({ page: 0, size: 100 })}`), loadRoll(urn)]);
  const emails = run.emails || { sent: 0, waiting: 0 };
  const about = (d) => (d.upn ? nameOf(roll.get(d.upn)) : d.form ? `form ${d.form}` : d.yearGroup ? `year ${d.yearGroup}` : 'the school');
  append(clear(details),
    el('h3', {}, 'Emails'),
    el('p', { id: 'run-emails' }, `${emails.sent} sent, ${emails.waiting} waiting in the outbox${emails.smtpConfigured === false ? ' (no mail server is configured yet)' : ''}.`),
    el('h3', {}, 'Documents'),
    el('p', {}, `${page.total} documents${page.total > page.items.length ? `; the first ${page.items.length} are listed, all are in the archive` : ''}.`),
    table({
      caption: `Documents of run ${run.id}`,
      columns: [
        { label: 'Document', value: (d) => downloadLink(d.id, `${kindName(d.kind)}: ${about(d)}`) },
        { label: 'Form', value: (d) => d.form || '' },
        { label: 'Year group', value: (d) => d.yearGroup || '' },
        { label: 'Size', value: (d) => size(d.size), numeric: true },
      ],
      rows: page.items,
      empty: 'This run made no documents.',
    }));
}

// The history: GET /runs?urn= where the server has it; until then the runs started from this browser.
function remember(urn, id) {
  const key = `rollcall.runs.${urn}`;
  const ids = JSON.parse(localStorage.getItem(key) || '[]').filter((x) => x !== id);
  localStorage.setItem(key, JSON.stringify([id, ...ids].slice(0, 20)));
}

async function historyRuns(urn) {
  try {
    const answer = await getJson(`runs${query({ urn })}`);
    return { runs: Array.isArray(answer) ? answer : answer.items || [], complete: true };
  } catch (notYet) {
    const ids = JSON.parse(localStorage.getItem(`rollcall.runs.${urn}`) || '[]');
    const runs = await Promise.all(ids.map((id) => getJson(`runs/${id}`).catch(() => null)));
    return { runs: runs.filter(Boolean), complete: false };
  }
}

async function showHistory(urn, section) {
  const { runs, complete } = await historyRuns(urn);
  append(clear(section),
    el('h2', { id: 'history-heading' }, 'History'),
    complete ? null : el('p', { class: 'hint' }, 'This server does not list past runs yet: these are the runs started from this browser.'),
    table({
      caption: 'Runs, newest first',
      columns: [
        { label: 'Run', value: (r) => el('a', { href: pageLink('runs.html', urn, { run: r.id }) }, `Run ${r.id}`) },
        { label: 'Kind', value: (r) => words(r.kind) },
        { label: 'Dates', value: (r) => `${date(r.from)} to ${date(r.to)}` },
        { label: 'Status', value: (r) => words(r.status) },
        { label: 'Started', value: (r) => (r.created ? `${date(r.created)} by ${r.requestedBy || ''}` : '') },
        { label: 'Documents', value: (r) => Object.values(r.documentCounts || {}).reduce((a, b) => a + b, 0), numeric: true },
      ],
      rows: [...runs].sort((a, b) => b.id - a.id),
      empty: 'No runs yet.',
    }));
}
