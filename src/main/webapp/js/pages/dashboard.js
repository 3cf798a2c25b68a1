// The attendance lead's dashboard for one school and a window (default: this term to date): headline figures
// against target, the same weeks last year and national; the weekly trend (chart and table); year groups and
// pupil groups; the persistent absentees and the casework worklist, each linking to the pupil's page.

import { getJson, query } from '../api.js';
import { lineChart } from '../chart.js';
import { pageLink, startPage, WHOLE_SCHOOL } from '../layout.js';
import { loadRoll, nameOf } from '../roll.js';
import { append, clear, date, el, pct, points, table, words } from '../ui.js';
import { defaultWindow, windowForm } from '../window.js';

const PUPIL_GROUPS = ['gender', 'fsm', 'disadvantaged', 'sen', 'eal'];
const GROUP_NAMES = { gender: 'Gender', fsm: 'Free school meals', disadvantaged: 'Disadvantaged', sen: 'SEN', eal: 'English as an additional language' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDate = (iso) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
const lastYearLine = (value, change) => (value === null || value === undefined
  ? 'Same weeks last year: no data' : `Same weeks last year: ${pct(value)}${change === undefined ? '' : ` (${points(change)})`}`);

startPage({ title: 'Dashboard', roles: WHOLE_SCHOOL, school: true }, async ({ urn, school, params, content }) => {
  const window = await defaultWindow(urn, params);
  const w = query({ from: window.from, to: window.to });
  const [comparisons, summary, trend, groups, bottom, casework, roll] = await Promise.all([
    getJson(`schools/${urn}/attendance/comparisons${w}`),
    getJson(`schools/${urn}/attendance${w}`),
    getJson(`schools/${urn}/attendance/trend${w}`),
    Promise.all(PUPIL_GROUPS.map((by) => getJson(`schools/${urn}/attendance/groups${query({ from: window.from, to: window.to, by })}`))),
    getJson(`schools/${urn}/attendance/bottom${query({ from: window.from, to: window.to, percent: 100 })}`),
    getJson(`schools/${urn}/casework${query({ asOf: window.to })}`),
    loadRoll(urn),
  ]);
  append(clear(content),
    el('p', { class: 'lead' }, `${school.name}: ${window.label}, ${date(window.from)} to ${date(window.to)}.`),
    windowForm(window, urn),
    headline(comparisons, summary),
    weekly(trend, comparisons),
    yearGroups(summary),
    pupilGroups(groups.flat()),
    persistentAbsentees(bottom, roll, urn, window),
    worklist(casework, urn, window));
});

function card(key, label, value, ...lines) {
  return el('li', { class: 'card' },
    el('span', { class: 'label', id: `card-${key}` }, label),
    el('span', { class: 'value', 'data-figure': key, 'aria-describedby': `card-${key}` }, value),
    lines.filter(Boolean).map((line) => el('span', { class: 'compare' }, line)));
}

function targetLine(target, actualStatus, better) {
  if (target === undefined || target === null) return null;
  const status = { MET: 'met', NOT_MET: 'not met', NO_DATA: 'no data yet' }[actualStatus] || words(actualStatus);
  return el('span', {}, `Target ${better} ${Number(target).toFixed(2)}%: `,
    el('strong', { class: actualStatus === 'MET' ? 'status-met' : actualStatus === 'NOT_MET' ? 'status-not-met' : null }, status));
}

function headline(c, summary) {
  const now = c.current;
  const last = c.lastYear || {};
  const change = c.changeSinceLastYear || {};
  const national = c.national;
  const targets = c.targets;
  const nationalLine = (key) => (national && national[key] !== null && national[key] !== undefined
    ? `National ${national.year}: ${pct(national[key])}` : 'No national figure');
  return el('section', { 'aria-labelledby': 'headline-heading' },
    el('h2', { id: 'headline-heading' }, 'Headline figures'),
    el('p', { class: 'hint' }, `${summary.pupils} pupils on roll in these dates, ${now.possibleSessions} possible sessions (a session is a morning or an afternoon).`),
    el('ul', { class: 'cards' },
      card('attendanceRate', 'Attendance', pct(now.attendanceRate),
        targets ? targetLine(targets.attendanceTarget, targets.attendance, 'at least') : null,
        lastYearLine(last.attendanceRate, change.attendanceRate),
        national && national.overallAbsence !== null ? `National ${national.year}: ${pct(100 - Number(national.overallAbsence))}` : null),
      card('overallAbsenceRate', 'Overall absence', pct(now.overallAbsenceRate),
        lastYearLine(last.overallAbsenceRate, change.overallAbsenceRate),
        nationalLine('overallAbsence')),
      card('unauthorisedAbsenceRate', 'Unauthorised absence', pct(now.unauthorisedAbsenceRate),
        lastYearLine(last.unauthorisedAbsenceRate), nationalLine('unauthorisedAbsence')),
      card('persistentAbsenceRate', 'Persistent absence', pct(now.persistentAbsenceRate),
        `${summary.persistentAbsentees} of ${summary.pupils} pupils missed 10% or more`,
        targets ? targetLine(targets.persistentAbsenceTarget, targets.persistentAbsence, 'at most') : null,
        lastYearLine(last.persistentAbsenceRate, change.persistentAbsenceRate),
        nationalLine('persistentAbsence')),
      card('severeAbsenceRate', 'Severe absence', pct(now.severeAbsenceRate),
        `${summary.severeAbsentees} pupils missed half or more`, nationalLine('severeAbsence'))));
}

function weekly(trend, c) {
  const weeks = trend.weekly || [];
  const target = c.targets ? c.targets.attendanceTarget : null;
  const rates = weeks.map((wk) => wk.attendanceRate).filter((r) => r !== null);
  const summary = weeks.length === 0 ? 'No school weeks in these dates.'
    : `${weeks.length} school weeks; attendance from ${pct(Math.min(...rates))} to ${pct(Math.max(...rates))}, `
      + `latest week ${pct(weeks[weeks.length - 1].attendanceRate)}.`;
  return el('section', { 'aria-labelledby': 'trend-heading' },
    el('h2', { id: 'trend-heading' }, 'Weekly attendance'),
    el('p', {}, summary),
    weeks.length ? lineChart(weeks.map((wk) => ({ label: shortDate(wk.label), value: wk.attendanceRate })),
      { title: 'Attendance by week', summary, target, id: 'trend-chart' }) : null,
    table({
      caption: 'Attendance by week (the figures in the chart)',
      columns: [
        { label: 'Week beginning', value: (wk) => date(wk.label) },
        { label: 'Possible sessions', value: (wk) => wk.possibleSessions, numeric: true },
        { label: 'Attended', value: (wk) => wk.presentSessions, numeric: true },
        { label: 'Attendance', value: (wk) => pct(wk.attendanceRate), numeric: true },
      ],
      rows: weeks,
    }));
}

const FIGURE_COLUMNS = [
  { label: 'Pupils', value: (g) => (g.suppressed ? 'fewer than 5' : g.pupils), numeric: true },
  { label: 'Attendance', value: (g) => (g.suppressed ? 'not shown' : pct(g.attendanceRate)), numeric: true },
  { label: 'Persistent absence', value: (g) => (g.suppressed ? 'not shown' : pct(g.persistentAbsenceRate)), numeric: true },
];

function yearGroups(summary) {
  return el('section', { 'aria-labelledby': 'years-heading' },
    el('h2', { id: 'years-heading' }, 'Year groups'),
    table({
      caption: 'Attendance by year group',
      columns: [{ label: 'Year group', value: (g) => g.label }, ...FIGURE_COLUMNS],
      rows: summary.yearGroups || [],
    }));
}

function pupilGroups(groups) {
  return el('section', { 'aria-labelledby': 'groups-heading' },
    el('h2', { id: 'groups-heading' }, 'Pupil groups'),
    table({
      caption: 'Attendance by pupil group, with the gap to the rest of the school',
      columns: [
        { label: 'Group', value: (g) => `${GROUP_NAMES[g.by] || words(g.by)}: ${g.label}` },
        ...FIGURE_COLUMNS,
        { label: 'Gap to the rest', value: (g) => (g.gapToRest ? points(g.gapToRest.attendanceRate) : g.note || ''), numeric: true },
      ],
      rows: groups,
    }));
}

function pupilLink(urn, upn, name, window) {
  return el('a', { href: pageLink('pupil.html', urn, { upn, from: window.from, to: window.to }) }, name);
}

function persistentAbsentees(bottom, roll, urn, window) {
  const pa = bottom.filter((b) => b.attendanceRate !== null && Number(b.attendanceRate) <= 90);
  return el('section', { 'aria-labelledby': 'pa-heading' },
    el('h2', { id: 'pa-heading' }, 'Persistent absentees'),
    el('p', { class: 'hint' }, 'Pupils who missed 10% or more of their own possible sessions (90.00% attendance or less), lowest first.'),
    table({
      caption: `${pa.length} persistent absentees`,
      columns: [
        { label: 'Pupil', value: (b) => pupilLink(urn, b.upn, nameOf(roll.get(b.upn)), window) },
        { label: 'Form', value: (b) => (roll.get(b.upn) || {}).form || '' },
        { label: 'Attendance', value: (b) => pct(b.attendanceRate), numeric: true },
        { label: 'Sessions missed', value: (b) => b.absenceSessions, numeric: true },
        { label: 'Main reasons', value: (b) => (b.mainReasons || []).map((r) => `${r.code} (${words(r.category)}) ${r.sessions}`).join(', ') },
      ],
      rows: pa,
      empty: 'No pupil is a persistent absentee in these dates.',
    }));
}

function worklist(casework, urn, window) {
  return el('section', { 'aria-labelledby': 'casework-heading' },
    el('h2', { id: 'casework-heading' }, 'Casework worklist'),
    el('p', { class: 'hint' }, `As of ${date(casework.asOf)}: ${casework.count} pupils, ${casework.dueCount} with action due.`),
    table({
      caption: 'Pupils with an open trigger, those with action due first',
      columns: [
        { label: 'Pupil', value: (e) => pupilLink(urn, e.upn, e.name, window) },
        { label: 'Form', value: (e) => e.form || '' },
        { label: 'Attendance', value: (e) => pct(e.attendance), numeric: true },
        { label: 'Why', value: (e) => (e.triggers || []).map((t) => `${t.description} (since ${date(t.since)})`).join('; ') },
        { label: 'Action due', value: (e) => (e.due ? 'Yes' : 'No') },
        { label: 'Last intervention', value: (e) => (e.lastIntervention ? `${words(e.lastIntervention.type)}, ${date(e.lastIntervention.date)}` : 'None') },
        { label: 'Next step', value: (e) => (e.nextStep ? `${e.nextStep.owner}: ${e.nextStep.situation}` : '') },
      ],
      rows: casework.entries || [],
      empty: 'No pupil has an open casework trigger.',
    }));
}
