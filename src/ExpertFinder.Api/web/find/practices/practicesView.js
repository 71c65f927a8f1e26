// Placeholder until the view is written.
import { el, fill } from '../../shared/dom.js';

export async function render(main, route, app) {
  app.setTitle('');
  fill(main, el('h1', {}, 'Find en kollega'));
}
