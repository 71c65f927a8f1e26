// What the practices views share: the way in for a visitor who is not signed in as a person, and Danish wording.
import { el } from '../../shared/dom.js';

/** A paragraph asking the visitor to log in (as a person) to use a view; the login link when the server has one. */
export function signInPrompt(app, what) {
  const returnUrl = location.pathname + location.search;
  const login = app.session.login?.provider
    ? el('a', { href: '/login?returnUrl=' + encodeURIComponent(returnUrl) }, 'Log ind')
    : null;
  const who = app.session.kind === 'anonymous' ? 'Log ind' : 'Log ind med din egen profil';
  return el('p', { className: 'practices-signin', role: 'status' },
    login ? [login, ` for at ${what}.`] : `${who} for at ${what}.`);
}

/** Level 1-5 as Danes read it. */
export const levelText = (level) => `niveau ${level}`;

export const gapWayNames = { NETWORK: 'netværk', MENTORING: 'mentor', JOB_ROTATION: 'jobrotation' };

export const suggestionKindNames = { OVERLAP: 'Fælles fagligt felt', COMPLEMENT: 'Kan supplere jer' };

export { capitalise } from '../../shared/format.js';

/** ISO week number of a date, in UTC as the server draws the week's suggestions. */
export function isoWeek(date = new Date()) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  return Math.ceil(((day - yearStart) / 86_400_000 + 1) / 7);
}
