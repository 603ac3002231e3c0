// The one wording of a field left empty, in every form: the checks before sending (auth, portal,
// contact) and the API's code REQUIRED (problem-catalogue.ts) read the same.
export const REQUIRED_TEXT: { readonly nl: string; readonly en: string } = {
  nl: 'Verplicht.',
  en: 'Required.',
};
