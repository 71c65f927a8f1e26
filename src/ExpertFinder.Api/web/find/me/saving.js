// One part of "Mig" as a form of its own: it sends updatePerson with the part's fields, then says it is saved, or
// shows each error of the payload next to the field the server names (and all of them in the part's status line).
import { el, fill } from '../../shared/dom.js';

const updateMutation = `mutation FindUpdateMe($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    person { id key name title bio phone location languages visibility contactSharing askMeAbout openToMentoring openToJobRotation openToMeetingColleagues }
    errors { message code path }
  }
}`;

/** Where a field's error is shown: below the control, empty until the server complains. */
export function errorSlot(id) {
  return el('p', { id: `${id}-error`, className: 'error field-error', hidden: true });
}

export function clearErrors(form) {
  for (const slot of form.querySelectorAll('.field-error')) { slot.hidden = true; fill(slot); }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/** Shows payload errors by the input field they name; answers the messages as one line for the status. */
export function showErrors(form, errors, fieldIds) {
  for (const error of errors) {
    const field = error.path?.[0] === 'input' ? error.path[1] : error.path?.[0];
    const id = field ? fieldIds[field] : null;
    const slot = id ? form.querySelector(`[id="${id}-error"]`) : null;
    if (!slot) continue;
    slot.hidden = false;
    slot.append(slot.textContent ? ' ' : '', `${error.message} (${error.code})`);
    const control = document.getElementById(id) ?? form.querySelector(`input[name="${id}"]`);
    control?.setAttribute('aria-invalid', 'true');
  }
  return 'Intet blev gemt: ' + errors.map((error) => `${error.message} (${error.code})`).join(' ');
}

/** A visible line; a success is announced by the caller (app.announce), an error at once as an alert. */
export function setStatus(status, message, ok) {
  status.className = ok ? 'status ok' : 'status error';
  if (ok) status.removeAttribute('role'); else status.setAttribute('role', 'alert');
  fill(status, message);
}

export function saveSection({ id, title, app, button, fields, fieldIds, input, saved }) {
  const headingId = `${id}-heading`;
  const status = el('p', { className: 'status', id: `${id}-status` });
  const submit = el('button', { type: 'submit', id: `${id}-save` }, button);
  const form = el('form', { className: 'me-form', 'aria-labelledby': headingId, novalidate: true }, fields, el('div', { className: 'form-actions' }, submit, status));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    fill(status);
    submit.disabled = true;
    try {
      const changes = input();
      const { updatePerson } = await app.query(updateMutation, { input: changes });
      if (updatePerson.errors.length) {
        setStatus(status, showErrors(form, updatePerson.errors, fieldIds), false);
        return;
      }
      const message = await saved(changes, updatePerson.person);
      if (message) {
        setStatus(status, message, true);
        app.announce(message);
      }
    } catch (error) {
      setStatus(status, app.describe(error), false);
    } finally {
      submit.disabled = false;
    }
  });
  return el('section', { className: 'card me-section', id, 'aria-labelledby': headingId }, el('h2', { id: headingId }, title), form);
}
