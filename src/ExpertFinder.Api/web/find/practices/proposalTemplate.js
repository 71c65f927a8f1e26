// The theme template (temaskabelon): the seven questions a theme proposal answers, in the API's field names.

export const questions = [
  { field: 'citizenValue', text: 'Hvordan kan temaet give bedre velfærd eller kvalitet for borgerne?' },
  { field: 'challenge', text: 'Hvad er udfordringen i dag, og for hvem?' },
  { field: 'crossUnitReason', text: 'Hvordan går temaet på tværs af enhederne?' },
  { field: 'currentShortfall', text: 'Hvorfor rækker de nuværende løsninger ikke?' },
  { field: 'missingLearning', text: 'Hvilken læring mangler vi?' },
  { field: 'innovationPotential', text: 'Hvilket innovationspotentiale er der, og hvilke arbejdsgange kan blive bedre?' },
  { field: 'outsidePerspectives', text: 'Hvilke perspektiver udefra skal inddrages?', optional: true },
];

export const maxAnswerLength = 4000;
export const maxTitleLength = 200;

/** The server's error in words for the field it names (the English message is for programs and logs). */
export function errorText(error) {
  switch (error.code) {
    case 'REQUIRED': return 'Skal udfyldes.';
    case 'TOO_FEW': return 'Vælg mindst to enheder: et tema går på tværs.';
    case 'TOO_MANY': return 'Vælg højst 20 enheder.';
    case 'TOO_LONG': return 'Teksten er for lang.';
    case 'OUTSIDE_MUNICIPALITY': return 'Enheden ligger uden for din kommune.';
    default: return error.message;
  }
}
