// The round's action plan: every action with its owner, due date and status (overdue said in words), a
// form to add an action, and one to change an action (wording, owner, due date, priority, status; PUT
// /audits/{id}/actions/{actionId}) with a dated progress note.

import { getJson, postJson, putJson } from '../api.js';
import { field, onSubmit, select } from '../forms.js';
import { append, date, el, showSuccess, table, words } from '../ui.js';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'];

export async function actionPlan(round, framework, canManage, reload) {
  const actions = await getJson(`audits/${round.id}/actions`);
  const items = framework.headings.flatMap((h) => h.items);
  const section = el('section', { id: 'action-plan', 'aria-labelledby': 'plan-heading' },
    el('h2', { id: 'plan-heading' }, 'Action plan'),
    table({
      caption: 'Actions, with owner, due date and status',
      empty: 'No action yet.',
      columns: [
        { label: 'Item', value: (a) => `${a.item} ${a.itemTitle}` },
        { label: 'Action', value: (a) => el('span', {}, a.description, a.firstStep ? el('span', { class: 'hint' }, ` First step: ${a.firstStep}`) : null) },
        { label: 'Priority', value: (a) => words(a.priority) },
        { label: 'Owner', value: (a) => a.owner + (a.overseer ? ` (overseen by ${a.overseer})` : '') },
        { label: 'Due', value: (a) => el('span', {}, date(a.dueOn), a.overdue ? el('span', { class: 'badge overdue' }, ' Overdue') : null) },
        { label: 'Status', value: (a) => words(a.status) },
        { label: 'Progress notes', value: (a) => (a.notes.length ? el('ul', { class: 'notes' }, a.notes.map((n) => el('li', {}, `${date(n.on)}: ${n.note}`))) : 'none') },
      ],
      rows: actions,
    }));
  if (canManage) {
    append(section, addForm(round, items, reload), actions.length ? updateForm(round, actions, reload) : null);
  }
  return section;
}

function addForm(round, items, reload) {
  const button = el('button', { type: 'submit', id: 'add-action' }, 'Add the action');
  const form = el('form', { id: 'action-form', novalidate: true },
    el('h3', {}, 'Add an action'),
    field({ id: 'action-item', name: 'item', label: 'Item', required: true,
      control: select({ id: 'action-item', name: 'item', options: items.map((i) => ({ value: i.code, label: `${i.code} ${i.title}` })) }) }),
    field({ id: 'action-description', name: 'description', label: 'What will be done', required: true, control: el('textarea', { rows: 2 }) }),
    field({ id: 'action-priority', name: 'priority', label: 'Priority', required: true,
      control: select({ id: 'action-priority', name: 'priority', value: 'MEDIUM', options: PRIORITIES.map((p) => ({ value: p, label: words(p) })) }) }),
    field({ id: 'action-owner', name: 'owner', label: 'Owner', required: true, hint: 'Who does it.' }),
    field({ id: 'action-due', name: 'dueOn', type: 'date', label: 'Due on', required: true }),
    field({ id: 'action-first-step', name: 'firstStep', label: 'First step' }),
    field({ id: 'action-overseer', name: 'overseer', label: 'Overseen by' }),
    field({ id: 'action-success', name: 'successMeasure', label: 'How success will be measured' }),
    field({ id: 'action-status', name: 'status', label: 'Status', required: true,
      control: select({ id: 'action-status', name: 'status', value: 'NOT_STARTED', options: STATUSES.map((s) => ({ value: s, label: words(s) })) }) }),
    button);
  onSubmit(form, button, async () => {
    const text = (name) => form[name].value.trim() || null;
    await postJson(`audits/${round.id}/actions`, {
      item: form.item.value, description: text('description'), priority: form.priority.value, owner: text('owner'),
      dueOn: text('dueOn'), firstStep: text('firstStep'), overseer: text('overseer'), successMeasure: text('successMeasure'),
      status: form.status.value,
    });
    await reload();
    showSuccess('The action is in the plan.');
  });
  return form;
}

function updateForm(round, actions, reload) {
  const button = el('button', { type: 'submit', id: 'save-action-change' }, 'Save the change');
  const form = el('form', { id: 'update-action-form', novalidate: true },
    el('h3', {}, 'Change an action'),
    field({ id: 'update-action-id', name: 'actionId', label: 'Action', required: true,
      control: select({ id: 'update-action-id', name: 'actionId', options: actions.map((a) => ({ value: a.id, label: `${a.item}: ${a.description} (${words(a.status)})` })) }) }),
    field({ id: 'update-description', name: 'description', label: 'What will be done', required: true, control: el('textarea', { rows: 2 }) }),
    field({ id: 'update-owner', name: 'owner', label: 'Owner', required: true }),
    field({ id: 'update-due', name: 'dueOn', type: 'date', label: 'Due on', required: true }),
    field({ id: 'update-priority', name: 'priority', label: 'Priority', required: true,
      control: select({ id: 'update-priority', name: 'priority', options: PRIORITIES.map((p) => ({ value: p, label: words(p) })) }) }),
    field({ id: 'update-status', name: 'status', label: 'Status', required: true,
      control: select({ id: 'update-status', name: 'status', options: STATUSES.map((s) => ({ value: s, label: words(s) })) }) }),
    field({ id: 'note-on', name: 'on', type: 'date', label: 'Progress note date', hint: 'A note needs a date and text.' }),
    field({ id: 'note-text', name: 'note', label: 'Progress note', control: el('textarea', { rows: 2 }) }),
    button);
  const chosen = () => actions.find((a) => String(a.id) === form.actionId.value);
  const fill = () => {
    const a = chosen();
    form.description.value = a.description;
    form.owner.value = a.owner;
    form.dueOn.value = a.dueOn;
    form.priority.value = a.priority;
    form.status.value = a.status;
  };
  form.actionId.addEventListener('change', fill);
  fill();
  onSubmit(form, button, async () => {
    const a = chosen();
    await putJson(`audits/${round.id}/actions/${a.id}`, {
      item: a.item, description: form.description.value.trim() || null, owner: form.owner.value.trim() || null,
      dueOn: form.dueOn.value || null, priority: form.priority.value, status: form.status.value,
      firstStep: a.firstStep || null, overseer: a.overseer || null, successMeasure: a.successMeasure || null,
    });
    if (form.note.value.trim() || form.on.value) {
      await postJson(`audits/${round.id}/actions/${a.id}/notes`, { on: form.on.value || null, note: form.note.value.trim() || null });
    }
    await reload();
    showSuccess('The action is updated.');
  });
  return form;
}
