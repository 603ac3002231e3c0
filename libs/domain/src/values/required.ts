// The one refusal of a field left empty, in every API answer and import report. The web shows its
// catalogue's text for the code (problem-catalogue.ts REQUIRED), never this message.
export const REQUIRED_MESSAGE = 'is verplicht (required)';

/** A field left empty: the server's message and the code the clients' catalogues know. */
export function requiredProblem(field: string): {
  field: string;
  message: string;
  code: 'REQUIRED';
} {
  return { field, message: REQUIRED_MESSAGE, code: 'REQUIRED' };
}
