// The school's settings: details (address, champion), calendar, targets and bands, governors, staff and
// the term schedule, each a form of its own that saves through the same endpoint scripts use.
// The headteacher may change them too; a governor or tutor never reaches this page.

import { hasAny, ROLES, startPage, WHOLE_SCHOOL } from '../layout.js';
import { calendarSection } from '../settings/calendar.js';
import { detailsSection } from '../settings/details.js';
import { governorsSection, staffSection } from '../settings/people.js';
import { policySection } from '../settings/policy.js';
import { scheduleSection } from '../settings/schedule.js';
import { append, clear, el } from '../ui.js';

const SECTIONS = [
  { id: 'details', label: 'School details', make: detailsSection },
  { id: 'calendar', label: 'Calendar', make: calendarSection },
  { id: 'policy', label: 'Targets and bands', make: policySection },
  { id: 'governors', label: 'Governors', make: governorsSection },
  { id: 'staff', label: 'Staff', make: staffSection },
  { id: 'schedule', label: 'Term schedule', make: scheduleSection },
];

startPage({ title: 'School settings', roles: WHOLE_SCHOOL, school: true }, async ({ urn, session, content }) => {
  const canChange = hasAny(session, [ROLES.ADMIN, ROLES.LEAD, ROLES.HEAD]);
  const sections = await Promise.all(SECTIONS.map((s) => s.make(urn, canChange)));
  append(clear(content),
    el('nav', { 'aria-label': 'Settings' }, el('ul', { class: 'contents' },
      SECTIONS.map((s) => el('li', {}, el('a', { href: `#${s.id}` }, s.label))))),
    sections);
});
