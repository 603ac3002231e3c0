import { formatDay } from '../../shared/format/format-date';

// The finder's funding filter (issue 15, part 3). Dutch is the source.
export const finderFundingNl = {
  legend: 'Financiering',
  help: 'Alleen aanbod dat een van de gekozen financieringsroutes noemt.',
  ended: (date: string | null): string =>
    date ? `beëindigd op ${formatDay(date, 'nl')}` : 'beëindigd',
  oneOff: 'eenmalig geld',
  endedChosen: (names: string): string =>
    `Let op: ${names} is beëindigd. Aanbod dat alleen deze route noemt, is daar waarschijnlijk niet meer mee te betalen.`,
  unavailable: 'De financieringsroutes konden niet worden geladen.',
};

export type FinderFundingMessages = typeof finderFundingNl;

export const finderFundingEn: FinderFundingMessages = {
  legend: 'Funding',
  help: 'Only offerings that name one of the chosen funding routes.',
  ended: (date) => (date ? `ended on ${formatDay(date, 'en')}` : 'ended'),
  oneOff: 'one-off money',
  endedChosen: (names) =>
    `Note: ${names} has ended. An offering that names only this route can probably no longer be paid from it.`,
  unavailable: 'The funding routes could not be loaded.',
};
