// The school's targets (attendance, persistent absence) and the process-map band limits.

import { getJson, putJson } from '../api.js';
import { field, onSubmit } from '../forms.js';
import { append, el, showSuccess } from '../ui.js';

const BANDS = [
  { name: 'excellent', label: 'Excellent: at or above' },
  { name: 'earlyConcern', label: 'Early concern: below excellent, at or above' },
  { name: 'atRisk', label: 'At risk: at or above' },
  { name: 'persistentAbsence', label: 'Persistent absence: at or below' },
  { name: 'serious', label: 'Serious: at or below' },
];

export async function policySection(urn, canChange) {
  const policy = await getJson(`schools/${urn}/attendance/policy`);
  return append(el('section', { id: 'policy', 'aria-labelledby': 'policy-heading' }),
    el('h2', { id: 'policy-heading' }, 'Targets and bands'),
    targetsForm(urn, policy, canChange), bandsForm(urn, policy, canChange));
}

const percent = { type: 'number', inputmode: 'decimal', step: '0.01', min: '0', max: '100' };

function targetsForm(urn, policy, canChange) {
  const button = el('button', { type: 'submit', id: 'save-targets' }, 'Save the targets');
  const form = el('form', { id: 'targets-form', novalidate: true },
    el('h3', {}, 'Targets'),
    field({ id: 'target-attendance', name: 'attendance', label: 'Attendance target (%)', required: true, value: policy.attendanceTarget, attrs: percent }),
    field({ id: 'target-pa', name: 'persistentAbsence', label: 'Persistent absence target (% of pupils, at most)', required: true, value: policy.persistentAbsenceTarget, attrs: percent }),
    canChange ? button : null);
  onSubmit(form, button, async () => {
    await putJson(`schools/${urn}/attendance/targets`, { attendance: number(form.attendance), persistentAbsence: number(form.persistentAbsence) });
    showSuccess('The targets are saved.');
  });
  return form;
}

function bandsForm(urn, policy, canChange) {
  const button = el('button', { type: 'submit', id: 'save-bands' }, 'Save the bands');
  const form = el('form', { id: 'bands-form', novalidate: true },
    el('h3', {}, 'Process-map bands'),
    el('p', { class: 'hint', id: 'bands-hint' }, 'Attendance percentages, each lower than the one before (defaults 97, 95, 92, 90, 85).'),
    BANDS.map((b) => field({ id: `band-${b.name}`, name: b.name, label: `${b.label} (%)`, required: true, value: policy.bands[b.name], attrs: { ...percent, 'aria-describedby': 'bands-hint' } })),
    canChange ? button : null);
  onSubmit(form, button, async () => {
    const body = Object.fromEntries(BANDS.map((b) => [b.name, number(form[b.name])]));
    await putJson(`schools/${urn}/attendance/bands`, body);
    showSuccess('The bands are saved.');
  });
  return form;
}

function number(input) {
  return input.value.trim() === '' ? null : Number(input.value);
}
