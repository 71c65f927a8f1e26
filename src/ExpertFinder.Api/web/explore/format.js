// Danish wording and number formats for what the API answers in English enums and raw numbers.

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
