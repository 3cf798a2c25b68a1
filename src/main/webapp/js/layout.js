// The frame of every page: asks the server who is logged in (GET /api/session; not logged in: to the login
// page), draws the banner, the navigation this person's roles allow and the school picker, then hands the
// page its context. A page module calls startPage(options, render); see README-web.md.

import { del, getJson, query } from './api.js';
import { append, clear, el, showProblem } from './ui.js';

export const ROLES = {
  ADMIN: 'admin',
  LEAD: 'attendance-lead',
  HEAD: 'headteacher',
  GOVERNOR: 'governor',
  TUTOR: 'tutor',
};
/** The roles that see a whole school (issue 12): admin, attendance lead, headteacher. */
export const WHOLE_SCHOOL = [ROLES.ADMIN, ROLES.LEAD, ROLES.HEAD];

/**
 * The navigation, in order. Each entry is shown to a person with one of its roles. `school: true` pages
 * work on one school and carry ?urn= in their links. Add a page here (README-web.md).
 */
export const NAV = [
  { href: 'dashboard.html', label: 'Dashboard', roles: WHOLE_SCHOOL, school: true },
  { href: 'runs.html', label: 'Runs', roles: WHOLE_SCHOOL, school: true },
  { href: 'archive.html', label: 'Archive', roles: WHOLE_SCHOOL, school: true },
  { href: 'sef.html', label: 'SEF section', roles: WHOLE_SCHOOL, school: true },
  { href: 'imports.html', label: 'Imports', roles: WHOLE_SCHOOL, school: true },
  { href: 'evaluation.html', label: 'Self-evaluation', roles: WHOLE_SCHOOL, school: true },
  { href: 'settings.html', label: 'Settings', roles: WHOLE_SCHOOL, school: true },
  { href: 'governor.html', label: 'Governor packs', roles: [ROLES.GOVERNOR], school: true },
  { href: 'tutor.html', label: 'My forms', roles: [ROLES.TUTOR], school: true },
];

export function hasAny(session, roles) {
  return !roles || roles.some((r) => session.roles.includes(r));
}

/** The first page this person may use: where index.html and the login page send them. */
export function homeOf(session) {
  const entry = NAV.find((n) => hasAny(session, n.roles));
  return entry ? entry.href : 'index.html';
}

/**
 * Starts a page: options { title, roles (who may use it), school (needs a school) }; render(ctx) fills
 * the main region. ctx: { session, urn, school, params, main, content }.
 */
export async function startPage(options, render) {
  document.title = `${options.title} – Rollcall`;
  const main = document.getElementById('main');
  let session;
  try {
    session = await getJson('session');
  } catch (e) {
    if (e.status !== 401) showProblem(e, 'Rollcall could not be reached');
    return;
  }
  const params = new URLSearchParams(location.search);
  const school = options.school ? chooseSchool(session, params) : null;
  drawHeader(session, school, options);
  const content = document.getElementById('content') || main;
  if (!hasAny(session, options.roles)) {
    append(clear(content), el('p', {}, 'This page is not part of your role in Rollcall. '),
      el('p', {}, el('a', { href: homeOf(session) }, 'Go to your start page')));
    return;
  }
  if (options.school && !school) {
    append(clear(content), el('p', {}, 'No school is linked to your user yet. Ask your Rollcall administrator.'));
    return;
  }
  try {
    await render({ session, urn: school && school.urn, school, params, main, content });
  } catch (e) {
    clear(content);
    showProblem(e);
  }
}

function chooseSchool(session, params) {
  const wanted = params.get('urn') || sessionStorage.getItem('rollcall.urn');
  const school = session.schools.find((s) => s.urn === wanted) || session.schools[0];
  if (school) sessionStorage.setItem('rollcall.urn', school.urn);
  return school;
}

/** A link to another page for the chosen school (with any extra parameters). */
export function pageLink(href, urn, params = {}) {
  return `${href}${query({ urn, ...params })}`;
}

function drawHeader(session, school, options) {
  const header = document.getElementById('site-header');
  const current = location.pathname.split('/').pop() || 'index.html';
  const urn = school ? school.urn : sessionStorage.getItem('rollcall.urn');
  const links = NAV.filter((n) => hasAny(session, n.roles)).map((n) =>
    el('li', {}, el('a', {
      href: n.school && urn ? pageLink(n.href, urn) : n.href,
      'aria-current': n.href === current ? 'page' : null,
    }, n.label)));
  const logout = el('button', { type: 'button', onclick: logOut }, 'Log out');
  append(clear(header),
    el('div', { class: 'site-header' }, el('div', { class: 'bar' },
      el('a', { class: 'site-name', href: homeOf(session) }, 'Rollcall'),
      el('div', { class: 'who' }, el('span', {}, `Logged in as ${session.username}`), logout))),
    el('nav', { class: 'site-nav', 'aria-label': 'Main' }, el('ul', {}, links)),
    options.school && session.schools.length > 1 ? schoolPicker(session, school) : null,
    options.school && session.schools.length === 1 && school
      ? el('p', { class: 'school-bar' }, el('span', {}, `School: ${school.name} (URN ${school.urn})`)) : null);
}

function schoolPicker(session, school) {
  const select = el('select', { id: 'school-picker', name: 'urn' },
    session.schools.map((s) => el('option', { value: s.urn, selected: s.urn === school.urn }, `${s.name} (URN ${s.urn})`)));
  const form = el('form', { class: 'school-bar', method: 'get', action: location.pathname.split('/').pop() },
    el('div', {}, el('label', { for: 'school-picker' }, 'School'), select),
    el('button', { type: 'submit', class: 'secondary' }, 'Show'));
  return form;
}

async function logOut() {
  try {
    await del('session', { stayOnPage: true });
  } finally {
    sessionStorage.removeItem('rollcall.urn');
    location.assign('login.html');
  }
}
