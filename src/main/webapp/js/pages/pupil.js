// One pupil: who they are, their figures for the window, band, track and target, the register week by week
// (with a key to every code shown) and the school's interventions.

import { getJson, query } from '../api.js';
import { codeMeaning } from '../codes.js';
import { ROLES, startPage, WHOLE_SCHOOL } from '../layout.js';
import { append, clear, date, el, pct, table, words } from '../ui.js';
import { defaultWindow, windowForm } from '../window.js';

startPage({ title: 'Pupil', roles: [...WHOLE_SCHOOL, ROLES.TUTOR], school: true }, async ({ urn, params, session, content }) => {
  const upn = params.get('upn');
  if (!upn) {
    append(clear(content), el('p', {}, 'Choose a pupil from the dashboard or your forms.'));
    return;
  }
  const wholeSchool = WHOLE_SCHOOL.some((r) => session.roles.includes(r));
  const window = await defaultWindow(urn, params, wholeSchool);
  const w = query({ from: window.from, to: window.to });
  const [pupil, figures, register, interventions] = await Promise.all([
    getJson(`schools/${urn}/pupils/${upn}`),
    getJson(`schools/${urn}/pupils/${upn}/attendance${w}`),
    getJson(`schools/${urn}/pupils/${upn}/register${w}`),
    wholeSchool ? getJson(`schools/${urn}/pupils/${upn}/interventions`) : Promise.resolve(null),
  ]);
  const name = `${pupil.forename} ${pupil.surname}`;
  document.title = `${name} – Pupil – Rollcall`;
  document.querySelector('h1').textContent = name;
  const form = windowForm(window, urn);
  form.prepend(el('input', { type: 'hidden', name: 'upn', value: upn }));
  append(clear(content),
    el('p', { class: 'lead' }, `Form ${pupil.form || 'none'}, year ${pupil.yearGroup || 'not given'}, UPN ${pupil.upn}.`),
    el('p', {}, `Figures for ${window.label}: ${date(window.from)} to ${date(window.to)}.`),
    form,
    figuresSection(figures),
    registerSection(register),
    interventions ? interventionsSection(interventions) : null);
});

function row(label, value) {
  return el('div', { class: 'summary-row' }, el('dt', {}, label), el('dd', {}, value));
}

function figuresSection(f) {
  const distance = f.sessionsToTarget;
  return el('section', { 'aria-labelledby': 'figures-heading' },
    el('h2', { id: 'figures-heading' }, 'Attendance'),
    el('dl', { class: 'summary' },
      row('Attendance', el('span', { 'data-figure': 'attendanceRate' }, pct(f.attendanceRate))),
      row('Sessions', `${f.presentSessions} attended of ${f.possibleSessions} possible (${f.authorisedAbsenceSessions} authorised and ${f.unauthorisedAbsenceSessions} unauthorised absences)`),
      row('Persistent absence', f.persistentAbsence ? 'Yes: missed 10% or more' : 'No'),
      row('Severe absence', f.severeAbsence ? 'Yes: missed half or more' : 'No'),
      row('Late', `${f.lateBeforeClose} before the register closed, ${f.lateAfterClose} after`),
      row('Band', f.band ? words(f.band) : 'Not enough data'),
      row('Track', f.track ? words(f.track) : 'Not enough data'),
      row('Target', f.target !== null && f.target !== undefined ? `${pct(f.target)} (${words(f.targetSource)})` : 'None'),
      distance ? row('To reach the target', distance.alreadyMet ? 'Already met'
        : `${distance.reachableThisTerm ? 'Reachable this term' : 'Not reachable this term'}: ${distance.remainingSessions} sessions left in the term`) : null,
      (f.flags || []).length ? row('Flags', (f.flags || []).map((x) => x.description).join('; ')) : null),
    f.guidance ? el('div', {}, el('h3', {}, 'What the process map says'), el('p', {}, `${f.guidance.situation} (${f.guidance.owner})`),
      el('ul', {}, (f.guidance.actions || []).map((a) => el('li', {}, `${a.who}: ${(a.items || []).join('; ')}`)))) : null);
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function mark(day) {
  if (!day) return '';
  if (!day.open) return 'closed';
  if (!day.am && !day.pm) return day.gap ? 'no marks' : '';
  const am = day.am || (day.gap ? 'no mark' : '');
  const pm = day.pm || (day.gap ? 'no mark' : '');
  return `${am} ${pm}`;
}

function registerSection(register) {
  const weeks = register.weeks || [];
  const used = new Set();
  weeks.forEach((wk) => wk.days.forEach((d) => { if (d.am) used.add(d.am); if (d.pm) used.add(d.pm); }));
  const byWeekday = (wk, i) => wk.days.find((d) => new Date(`${d.date}T00:00:00Z`).getUTCDay() === i + 1);
  return el('section', { 'aria-labelledby': 'register-heading' },
    el('h2', { id: 'register-heading' }, 'Register by week'),
    el('p', { class: 'hint' }, `Morning then afternoon mark for each day. ${register.gaps} open sessions have no mark.`),
    table({
      caption: 'Marks by week',
      columns: [
        { label: 'Week beginning', value: (wk) => date(wk.weekStart) },
        ...DAYS.map((name, i) => ({ label: name, value: (wk) => mark(byWeekday(wk, i)) })),
      ],
      rows: weeks,
    }),
    used.size ? table({
      caption: 'Key to the codes',
      columns: [{ label: 'Code', value: (c) => c }, { label: 'Meaning', value: (c) => codeMeaning(c) }],
      rows: [...used].sort(),
    }) : null);
}

function interventionsSection(list) {
  return el('section', { 'aria-labelledby': 'interventions-heading' },
    el('h2', { id: 'interventions-heading' }, 'Interventions'),
    table({
      caption: 'What the school has done, newest first',
      columns: [
        { label: 'Date', value: (i) => date(i.date) },
        { label: 'Type', value: (i) => words(i.type) },
        { label: 'Owner', value: (i) => i.owner },
        { label: 'Outcome', value: (i) => i.outcome || '' },
        { label: 'Review', value: (i) => (i.reviewDate ? date(i.reviewDate) : '') },
      ],
      rows: list,
      empty: 'No interventions recorded.',
    }));
}
