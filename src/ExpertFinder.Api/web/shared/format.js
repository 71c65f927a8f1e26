// Danish wording and number formats for what the API answers in English enums and raw numbers (both pages).

const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 });

export const formatInteger = (value) => integer.format(value);
export const formatDecimal = (value) => decimal.format(value);
export const formatPercent = (value) => percent.format(value);

export const levelNames = { PERSON: 'personer', UNIT: 'enheder', DEPARTMENT: 'forvaltninger', MUNICIPALITY: 'kommuner' };
export const unitKindNames = { MUNICIPALITY: 'Kommune', DEPARTMENT: 'Forvaltning', OFFICE: 'Afdeling', TEAM: 'Team' };
export const networkKindNames = {
  LEARNING: 'læringsnetværk', WELFARE: 'velfærdsnetværk', INNOVATION: 'innovationsnetværk',
  LEADERSHIP: 'ledelsesnetværk', PROFESSIONAL: 'fagligt netværk', PROJECT: 'projekt',
};
export const memberRoleNames = { FACILITATOR: 'facilitator', MEMBER: 'medlem', EXTERNAL: 'ekstern' };
export const tieKindNames = { NETWORK: 'netværk', DOCUMENT: 'fælles dokumenter', UNIT: 'samme enhed' };
export const metricNames = {
  degree: 'forbindelser', weightedDegree: 'vægtede forbindelser', betweenness: 'brobygning', people: 'personer',
};
export const personRoleNames = {
  KNOWLEDGE_SHARER: 'videndeler', RESOURCE_PERSON: 'ressourceperson', MENTOR: 'mentor', AMBASSADOR: 'ambassadør',
  MANAGER: 'leder', FACILITATOR: 'facilitator',
};
export const competenceSourceNames = {
  SELF: 'selvvurderet', MANAGER: 'vurderet af leder', FORMAL: 'formel uddannelse', ENDORSED: 'anbefalet af kolleger',
};
export const visibilityNames = {
  PUBLIC: 'Alle, også andre kommuner', ORGANISATION: 'Kun min kommune', HIDDEN: 'Skjult: ingen kan finde mig',
};
export const contactSharingNames = {
  READERS: 'Alle, der kan se mig', MUNICIPALITY: 'Kun min kommune', NOBODY: 'Ingen',
};
export const networkStatusNames = {
  PROPOSED: 'foreslået', ACTIVE: 'aktivt', TESTING: 'i testfase', EVALUATED: 'evalueret', CLOSED: 'afsluttet',
};
export const proposalStatusNames = { SUBMITTED: 'indsendt', APPROVED: 'godkendt', REJECTED: 'afvist' };
export const relationNames = {
  NONE: '', SELF: 'Dig selv', SAME_UNIT: 'Din enhed', SHARED_NETWORK: 'I er i samme netværk', SAME_DEPARTMENT: 'Din forvaltning',
};

/** A date as Danes write it, e.g. 3. marts 2027; accepts YYYY-MM-DD or an ISO timestamp. */
export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? value + 'T12:00:00' : value);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
export const documentKindNames = {
  MINUTES: 'referat', AGENDA: 'dagsorden', TEMPLATE: 'skabelon', CATALOGUE: 'katalog', REPORT: 'rapport',
  ARTICLE: 'artikel', HANDBOOK: 'håndbog', NOTE: 'notat',
};

/** Capitalised for a heading, a label or an option: "læringsnetværk" → "Læringsnetværk". */
export const capitalise = (text) => (text ? text[0].toLocaleUpperCase('da-DK') + text.slice(1) : text);
