// "Videndeling i praksis" (/praksis): the way to the three practices, and the visitor's own theme proposals with where
// each stands and the round it is decided in.
import './practices.css';
import { el, fill } from '../../shared/dom.js';
import { formatDate, networkKindNames, proposalStatusNames } from '../../shared/format.js';
import { capitalise, signInPrompt } from './practicesShared.js';

// An admin gets the whole forum's agenda; the hub shows the visitor's own, so it asks who proposed each.
const ownProposals = `query FindOwnProposals {
  themeProposals(first: 50) {
    nodes { id key title kind status submitted decided decisionReason proposer { key } round { key name deadline } network { key name } }
  }
}`;

const practices = [
  { path: '/praksis/forslag', title: 'Foreslå et tema', text: 'Send et tema til et nyt netværk til ledelsesforummet på temaskabelonens syv spørgsmål, og se hvem der kunne være med.' },
  { path: '/praksis/kompetencegab', title: 'Min enheds kompetencegab', text: 'Se hvilken kerneviden din enhed mangler i dag og fremover, og hvem andre steder der kan hjælpe.' },
  { path: '/praksis/frokost', title: 'Inviter en ukendt kollega på frokost', text: 'Få ugens forslag til kolleger i andre forvaltninger, du ikke kender endnu, men har fagligt til fælles med.' },
];

export async function render(main, route, app, signal) {
  app.setTitle('Videndeling i praksis');
  const mine = el('section', { 'aria-labelledby': 'own-proposals-heading' },
    el('h2', { id: 'own-proposals-heading' }, 'Mine temaforslag'));
  fill(main,
    el('h1', {}, 'Videndeling i praksis'),
    el('p', { className: 'lead' }, 'Kommunernes egne metoder til at dele viden: netværk på tværs, kerneviden i enheden og nye bekendtskaber.'),
    el('ul', { className: 'cards practice-cards' }, practices.map((practice) => el('li', { className: 'card practice-card' },
      el('h2', {}, el('a', { href: practice.path, 'data-link': '' }, practice.title)),
      el('p', {}, practice.text)))),
    mine);

  if (!app.session.person) {
    mine.append(signInPrompt(app, 'se dine temaforslag'));
    return;
  }
  const data = await app.query(ownProposals, {}, { signal });
  const proposals = data.themeProposals.nodes.filter((p) => p.proposer?.key === app.session.person.key);
  if (proposals.length === 0) {
    mine.append(el('p', {}, 'Du har ikke foreslået et tema endnu. ', el('a', { href: '/praksis/forslag', 'data-link': '' }, 'Foreslå et tema'), '.'));
    return;
  }
  mine.append(el('ul', { className: 'cards own-proposals' }, proposals.map(proposalCard)));
}

function proposalCard(proposal) {
  return el('li', { className: 'card own-proposal', 'data-proposal': proposal.key },
    el('h3', {}, proposal.title),
    el('dl', { className: 'facts' },
      el('dt', {}, 'Status'), el('dd', { className: 'status-' + proposal.status.toLowerCase() }, capitalise(proposalStatusNames[proposal.status] ?? proposal.status),
        proposal.decided ? ` ${formatDate(proposal.decided)}` : ''),
      el('dt', {}, 'Runde'), el('dd', {}, `${proposal.round.name} (frist ${formatDate(proposal.round.deadline)})`),
      el('dt', {}, 'Slags'), el('dd', {}, capitalise(networkKindNames[proposal.kind] ?? proposal.kind)),
      el('dt', {}, 'Indsendt'), el('dd', {}, formatDate(proposal.submitted)),
      proposal.decisionReason ? [el('dt', {}, 'Begrundelse'), el('dd', {}, proposal.decisionReason)] : null,
      proposal.network ? [el('dt', {}, 'Netværk'), el('dd', {}, proposal.network.name)] : null));
}
