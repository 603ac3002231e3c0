// Common Dutch function words that carry no meaning in a search for help.
export const DUTCH_STOP_WORDS: readonly string[] = [
  'aan', 'al', 'als', 'bij', 'dan', 'dat', 'de', 'den', 'der', 'des', 'die', 'dit', 'door', 'een',
  'en', 'er', 'het', 'hun', 'in', 'is', 'je', 'met', 'na', 'naar', 'niet', 'of', 'om', 'ook', 'op',
  'over', 'te', 'ten', 'ter', 'tot', 'uit', 'van', 'voor', 'wat', 'we', 'wie', 'wij', 'zijn', 'zo',
];
