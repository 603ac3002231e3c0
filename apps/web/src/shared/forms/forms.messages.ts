// Texts of the shared form kit (counters, place search). Dutch is the source.
export const formsNl = {
  characterCount: (length: number, max: number): string => `${length} van ${max} tekens`,
};

export const formsEn: typeof formsNl = {
  characterCount: (length: number, max: number): string => `${length} of ${max} characters`,
};
