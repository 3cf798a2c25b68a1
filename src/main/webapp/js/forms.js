// Form helpers for the pages that change things (imports, self-evaluation, settings): a labelled field
// with its hint, a radio group in a fieldset with a legend, and the API's errors tied to the fields they
// name (aria-invalid, the reason beside the field and in its aria-describedby), so a person using a screen
// reader hears what is wrong with the field they are on (WCAG 3.3.1, 3.3.3).

import { ProblemError } from './api.js';
import { append, el, withButton } from './ui.js';

/**
 * A labelled input: { id, name, label, hint, type, value, required, attrs, control } (control: a
 * ready-made select or textarea to use instead of an input).
 */
export function field({ id, name = id, label, hint, type = 'text', value, required = false, attrs = {}, control }) {
  const hintId = hint ? `${id}-hint` : null;
  const input = control || el('input', { id, name, type, value: value ?? '', required, ...attrs });
  input.id = id;
  if (!input.name) input.name = name;
  if (hintId) describe(input, hintId);
  return el('div', { class: 'field' },
    el('label', { for: id }, label, required ? null : el('span', { class: 'optional' }, ' (optional)')),
    hint ? el('p', { class: 'hint', id: hintId }, hint) : null,
    input);
}

/** A select with options [{ value, label }] (or plain strings). */
export function select({ id, name = id, options, value }) {
  return el('select', { id, name }, options.map((o) => {
    const option = typeof o === 'string' ? { value: o, label: o } : o;
    return el('option', { value: option.value, selected: String(option.value) === String(value ?? '') }, option.label);
  }));
}

/** A radio group: a fieldset with a legend, each choice { value, label, hint } with its own label. */
export function radios({ name, legend, choices, value, idPrefix = name, describedBy }) {
  return el('fieldset', { class: 'radios', 'aria-describedby': describedBy || null },
    el('legend', {}, legend),
    choices.map((c) => {
      const id = `${idPrefix}-${c.value}`;
      const hintId = c.hint ? `${id}-hint` : null;
      return el('div', { class: 'field radio' },
        el('input', { type: 'radio', name, id, value: c.value, checked: String(c.value) === String(value ?? ''), 'aria-describedby': hintId }),
        el('label', { for: id, class: 'inline' }, c.label),
        c.hint ? el('p', { class: 'hint', id: hintId }, c.hint) : null);
    }));
}

function describe(input, id) {
  const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!ids.includes(id)) ids.push(id);
  input.setAttribute('aria-describedby', ids.join(' '));
}

/** Takes away the marks of a previous attempt. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((i) => !i.endsWith('-error'));
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}

/**
 * Marks each field an API error names (by the field's name, or `data-field`), with the reason beside it;
 * answers how many fields were marked. `prefix` narrows to the row of a list (`governors-2-`).
 */
export function markErrors(form, error) {
  const errors = error instanceof ProblemError ? error.problem.errors || [] : [];
  let marked = 0;
  errors.forEach((e, i) => {
    if (!e.field) return;
    const input = findField(form, e);
    if (!input) return;
    const id = `${input.id || `${e.field}-${i}`}-error`;
    if (!document.getElementById(id)) {
      input.insertAdjacentElement('beforebegin',
        el('p', { class: 'field-error', id }, el('strong', {}, 'Error: '), e.reason || 'not accepted'));
    }
    input.setAttribute('aria-invalid', 'true');
    describe(input, id);
    marked += 1;
  });
  return marked;
}

function findField(form, e) {
  const candidates = [...form.querySelectorAll(`[name="${CSS.escape(e.field)}"], [data-field="${CSS.escape(e.field)}"]`)];
  if (candidates.length <= 1 || !e.line) return candidates[0];
  // a list sent as JSON: the problem's line is the entry's position (1-based) when the server gives one
  return candidates[e.line - 1] || candidates[0];
}

/** Submits a form through action(form): marks the fields the API names, shows the problem, keeps focus sane. */
export function onSubmit(form, button, action) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    withButton(button, async () => {
      try {
        await action(form);
      } catch (e) {
        markErrors(form, e);
        throw e;
      }
    });
  });
  return form;
}

/** A small form with one button (close scoring, save a status): the button's text says what it does. */
export function buttonForm(label, action, { id, secondary = false } = {}) {
  const button = el('button', { type: 'submit', id, class: secondary ? 'secondary' : null }, label);
  return onSubmit(append(el('form', { class: 'button-form' }), button), button, action);
}

/** Comma-separated text as a list ("7A, 7B" → ["7A", "7B"]). */
export function list(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}
