// A held competence on a person's page: its level in words and as a scale, the colleagues who vouch for it, and
// "Anbefal" for a signed-in colleague (with an optional comment), or taking one's own endorsement back.
import { el, fill } from '../../shared/dom.js';
import { formatDate } from '../../shared/format.js';
import { personLink } from '../people/personSummary.js';

export const competenceFragment = `fragment FindPersonCompetence on PersonCompetence {
  level source since competence { id key name }
  endorsements(first: 10) { totalCount nodes { id comment created endorser { key name } } }
}`;

const endorseMutation = `mutation FindEndorse($input: EndorseCompetenceInput!) {
  endorseCompetence(input: $input) { personCompetence { ...FindPersonCompetence } errors { message code path } }
}
${competenceFragment}`;

const withdrawMutation = `mutation FindWithdrawEndorsement($input: WithdrawEndorsementInput!) {
  withdrawEndorsement(input: $input) { personCompetence { ...FindPersonCompetence } errors { message code path } }
}
${competenceFragment}`;

export const levelWords = ['', 'begynder', 'let øvet', 'øvet', 'meget øvet', 'ekspert'];

/** "Niveau 4 af 5 (meget øvet)" with five marks beside it, the filled ones for the level; the text says it all. */
export function levelScale(level) {
  return el('p', { className: 'level' },
    el('span', { className: 'level-marks', 'aria-hidden': 'true' },
      [1, 2, 3, 4, 5].map((step) => el('span', { className: step <= level ? 'level-mark filled' : 'level-mark' }))),
    el('span', { className: 'level-text' }, `Niveau ${level} af 5 (${levelWords[level] ?? ''})`));
}

export function endorsementList(endorsements) {
  const { totalCount, nodes } = endorsements;
  if (totalCount === 0) return el('p', { className: 'hint endorsement-count' }, 'Ingen anbefalinger endnu.');
  return el('div', { className: 'endorsements' },
    el('p', { className: 'endorsement-count' }, totalCount === 1 ? 'Anbefalet af 1 kollega' : `Anbefalet af ${totalCount} kolleger`),
    el('ul', { className: 'endorsement-list' }, nodes.map((endorsement) => el('li', { className: 'endorsement' },
      endorsement.endorser ? personLink(endorsement.endorser) : 'en kollega',
      endorsement.comment ? el('q', {}, endorsement.comment) : null,
      el('span', { className: 'hint' }, formatDate(endorsement.created))))),
    totalCount > nodes.length ? el('p', { className: 'hint' }, `Viser de ${nodes.length} nyeste.`) : null);
}

/**
 * "Anbefal" opens a small form with an optional comment; after sending, the competence is drawn again from the
 * server's answer (count, list and a note that you did it). Your own endorsement can be taken back.
 */
export function endorseControls(person, held, me, app, redraw) {
  const key = held.competence.key;
  const mine = held.endorsements.nodes.find((endorsement) => endorsement.endorser?.key === me.key);
  const status = el('p', { className: 'endorse-status', role: 'status' });
  if (mine) {
    const withdraw = el('button', { type: 'button', className: 'secondary', 'data-action': 'withdraw' }, 'Træk min anbefaling tilbage');
    withdraw.addEventListener('click', async () => {
      withdraw.disabled = true;
      const answer = await send(app, withdrawMutation, { id: mine.id }, 'withdrawEndorsement', status);
      if (answer) {
        const replacement = redraw(answer.personCompetence);
        app.announce(`Du har trukket din anbefaling af ${held.competence.name} tilbage.`);
        replacement.querySelector('[data-action="endorse"]')?.focus();
      } else {
        withdraw.disabled = false;
      }
    });
    return el('div', { className: 'endorse done' },
      el('p', { className: 'ok endorsed-by-me' }, `✓ Du har anbefalet ${person.name} for ${held.competence.name}.`), withdraw, status);
  }
  const formId = `endorse-${key}`;
  const commentId = `endorse-comment-${key}`;
  const comment = el('input', { id: commentId, type: 'text', maxlength: '1000', autocomplete: 'off' });
  const submit = el('button', { type: 'submit' }, 'Send anbefaling');
  const cancel = el('button', { type: 'button', className: 'secondary' }, 'Annuller');
  const form = el('form', { id: formId, className: 'endorse-form', hidden: true },
    el('label', { for: commentId }, `Kommentar til ${person.name} (valgfri)`), comment,
    el('div', { className: 'buttons' }, submit, cancel));
  const open = el('button', { type: 'button', 'data-action': 'endorse', 'aria-expanded': 'false', 'aria-controls': formId },
    'Anbefal', el('span', { className: 'visually-hidden' }, ` ${held.competence.name}`));
  const toggle = (show) => {
    form.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) comment.focus();
  };
  open.addEventListener('click', () => toggle(form.hidden));
  cancel.addEventListener('click', () => { toggle(false); open.focus(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const input = { personId: person.id, competenceId: held.competence.id, comment: comment.value.trim() || null };
    const answer = await send(app, endorseMutation, input, 'endorseCompetence', status);
    if (answer) {
      const replacement = redraw(answer.personCompetence);
      const message = `Tak: du har anbefalet ${person.name} for ${held.competence.name}.`;
      app.announce(message);
      replacement.querySelector('.endorsed-by-me')?.setAttribute('tabindex', '-1');
      replacement.querySelector('.endorsed-by-me')?.focus();
    } else {
      submit.disabled = false;
    }
  });
  return el('div', { className: 'endorse' }, open, form, status);
}

/** Runs a mutation; on a payload error or a failure says so in the status line (as an alert) and answers null. */
async function send(app, mutation, input, field, status) {
  try {
    const data = await app.query(mutation, { input });
    const payload = data[field];
    if (payload.errors.length === 0 && payload.personCompetence) return payload;
    showError(status, payload.errors.map((error) => `${error.message} (${error.code})`).join(' ') || 'Det lykkedes ikke.');
  } catch (error) {
    showError(status, app.describe(error));
  }
  return null;
}

function showError(status, message) {
  status.setAttribute('role', 'alert');
  status.className = 'endorse-status error';
  fill(status, message);
}
