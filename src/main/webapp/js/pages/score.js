// Score an audit round (?round=): every item of the framework with its text, questions and descriptors,
// and a radio group in a fieldset for the score; optional evidence and action. A respondent scores as
// themselves; the lead enters the scores of a respondent without a login (?respondent=). Items already
// scored are shown, not offered again (a score is given once, alone).

import { getJson, postJson, ProblemError } from '../api.js';
import { show } from '../evaluation/synthesis.js';
import { field, radios } from '../forms.js';
import { hasAny, pageLink, ROLES, startPage } from '../layout.js';
import { append, clear, date, el, showProblem, showSuccess, table, withButton, words } from '../ui.js';

const LISTS_ROUNDS = [ROLES.ADMIN, ROLES.LEAD, ROLES.HEAD, ROLES.GOVERNOR];

startPage({ title: 'Score an audit', school: true }, async ({ urn, session, params, content }) => {
  const roundId = params.get('round');
  if (!roundId) {
    await chooseRound(urn, session, content);
    return;
  }
  await showForm(urn, session, Number(roundId), params.get('respondent'), content);
});

async function chooseRound(urn, session, content) {
  if (!hasAny(session, LISTS_ROUNDS)) {
    append(clear(content), el('p', {}, 'Open the link to the round your attendance lead sent you.'));
    return;
  }
  const rounds = (await getJson(`schools/${urn}/audits`)).filter((r) => r.status === 'SCORING');
  append(clear(content), table({
    caption: 'Rounds open for scoring',
    empty: 'No round is open for scoring.',
    columns: [
      { label: 'Round', value: (r) => el('a', { href: pageLink('score.html', urn, { round: r.id }) }, r.title) },
      { label: 'Framework', value: (r) => r.frameworkName },
      { label: 'Held on', value: (r) => date(r.heldOn) },
    ],
    rows: rounds,
  }));
}

async function showForm(urn, session, roundId, respondentId, content) {
  const round = await getJson(`audits/${roundId}`);
  const [framework, people, mine] = await Promise.all([
    getJson(`frameworks/${round.frameworkId}`), getJson(`audits/${roundId}/respondents`), getJson(`audits/${roundId}/responses`)]);
  const who = respondentId ? people.find((p) => String(p.id) === respondentId) : people.find((p) => p.username === session.username);
  const done = new Map((respondentId ? [] : mine.filter((r) => who && r.respondentId === who.id)).map((r) => [r.item, r]));
  const items = framework.headings.flatMap((h) => h.items);
  document.querySelector('h1').textContent = `Score: ${round.title}`;
  const intro = el('div', {},
    el('p', {}, `${round.frameworkName} (version ${round.frameworkVersion}), held on ${date(round.heldOn)}.`),
    el('p', { id: 'scoring-for' }, who ? `Scoring for ${who.name}: ${done.size || who.itemsScored} of ${items.length} items scored.` : 'You are not a respondent of this round.'));
  if (round.status !== 'SCORING') {
    append(clear(content), intro, el('p', {}, `Scoring is closed for this round (${words(round.status)}).`));
    return;
  }
  if (!who) {
    append(clear(content), intro);
    return;
  }
  const reload = () => showForm(urn, session, roundId, respondentId, content);
  append(clear(content), intro, scoreForm(round, framework, who, respondentId, done, reload));
}

function scoreForm(round, framework, who, respondentId, done, reload) {
  const button = el('button', { type: 'submit', id: 'save-scores' }, 'Save my scores');
  const form = el('form', { id: 'score-form', novalidate: true },
    el('p', {}, framework.rating === 'RAG'
      ? 'Rate each item Red, Amber or Green. You can save some items now and the rest later; a saved score cannot be changed.'
      : `Score each item from ${framework.scaleMin} to ${framework.scaleMax}. You can save some items now and the rest later; a saved score cannot be changed.`),
    framework.headings.map((h) => el('section', { class: 'heading', 'aria-labelledby': `heading-${h.code}` },
      el('h2', { id: `heading-${h.code}` }, `${h.code} ${h.title}`),
      h.description ? el('p', {}, h.description) : null,
      h.items.map((item) => itemBlock(framework, item, done.get(item.code))))),
    button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    withButton(button, () => save(form, round, framework, who, respondentId, reload));
  });
  return form;
}

function itemBlock(framework, item, response) {
  const key = item.code.replace(/[^A-Za-z0-9]/g, '-');
  return el('div', { class: 'audit-item', id: `item-${key}` },
    el('h3', {}, `${item.code} ${item.title}`),
    item.statement ? el('p', { class: 'statement' }, item.statement) : null,
    item.reconstructed ? el('p', { class: 'hint' }, `Text rebuilt: ${item.reconstructionNote || 'the source lost part of it'}`) : null,
    item.questions.length ? el('ul', { class: 'questions' }, item.questions.map((q) => el('li', {},
      el('span', {}, q.question),
      q.red ? el('span', { class: 'descriptor' }, el('strong', {}, 'Red looks like: '), q.red) : null,
      q.green ? el('span', { class: 'descriptor' }, el('strong', {}, 'Green looks like: '), q.green) : null))) : null,
    response
      ? el('p', { class: 'scored' }, el('strong', {}, 'Scored: '), show(framework, response.score))
      : el('div', {},
        radios({ name: `score-${item.code}`, idPrefix: `score-${key}`, legend: `Your score for ${item.code} ${item.title}`, choices: choices(framework) }),
        field({ id: `evidence-${key}`, name: `evidence-${item.code}`, label: `Evidence for ${item.code}`, control: el('textarea', { rows: 2 }) }),
        field({ id: `action-${key}`, name: `action-${item.code}`, label: `Action you suggest for ${item.code}`, control: el('textarea', { rows: 2 }) })));
}

function choices(framework) {
  if (framework.rating === 'RAG') {
    return framework.bands.map((b) => ({ value: b.rag, label: words(b.rag), hint: b.description || null }));
  }
  const values = [];
  for (let s = framework.scaleMin; s <= framework.scaleMax; s += 1) values.push({ value: s, label: show(framework, s) });
  return values;
}

async function save(form, round, framework, who, respondentId, reload) {
  const items = framework.headings.flatMap((h) => h.items);
  const chosen = items.map((item) => ({ item, input: form.querySelector(`input[name="score-${CSS.escape(item.code)}"]:checked`) }))
    .filter((c) => c.input);
  if (chosen.length === 0) throw new ProblemError(400, { title: 'No score chosen', detail: 'Choose a score for at least one item, then save.' });
  const failures = [];
  for (const { item, input } of chosen) {
    const body = { item: item.code, evidence: value(form, `evidence-${item.code}`), action: value(form, `action-${item.code}`) };
    if (framework.rating === 'RAG') body.rating = input.value;
    else body.score = Number(input.value);
    if (respondentId) body.respondent = Number(respondentId);
    try {
      await postJson(`audits/${round.id}/responses`, body);
    } catch (e) {
      failures.push({ field: item.code, reason: e.message });
    }
  }
  await reload();
  const saved = chosen.length - failures.length;
  if (failures.length) {
    showProblem(new ProblemError(422, { title: `${saved} saved, ${failures.length} not saved`, errors: failures }));
  } else {
    showSuccess(`${saved} ${saved === 1 ? 'score' : 'scores'} saved for ${who.name}.`);
  }
}

function value(form, name) {
  const node = form.querySelector(`[name="${CSS.escape(name)}"]`);
  return node && node.value.trim() ? node.value.trim() : null;
}
