import { maxOf, type NumberProblem, type NumberRule } from './parse-number';

// Texts of the shared form kit (counters, place search, typed numbers). Dutch is the source.

/** What a typed number's problem is called after its field's label ("Budget: moet …"). */
type NumberText = (problem: NumberProblem, rule: NumberRule) => string;

const numberNl: NumberText = (problem, rule) => {
  const like = rule.whole ? '12 of 10.000' : rule.euro ? '12,50 of 10.000' : '12,5 of 10.000';
  switch (problem) {
    case 'NOT_A_NUMBER':
      if (rule.whole && rule.euro) return `moet een bedrag in hele euro’s zijn, zoals ${like}`;
      if (rule.whole) return `moet een geheel getal zijn, zoals ${like}`;
      return rule.euro
        ? `moet een bedrag zijn, zoals ${like}`
        : `moet een getal zijn, zoals ${like}`;
    case 'OTHER_NOTATION':
      return rule.whole
        ? 'moet een geheel getal zijn; schrijf duizendtallen met een punt, zoals 10.000'
        : `schrijf decimalen met een komma en duizendtallen met een punt, zoals ${like}`;
    case 'SEPARATORS':
      return rule.grouping === false
        ? 'moet een getal zijn met hoogstens één komma, zoals 51,92'
        : `punten en komma’s staan niet op de goede plaats; schrijf bijvoorbeeld ${like}`;
    case 'NOT_WHOLE':
      return rule.euro
        ? `alleen hele euro’s, zonder komma, zoals ${like}`
        : `moet een geheel getal zijn, zonder komma, zoals ${like}`;
    case 'TOO_MANY_DECIMALS':
      return rule.decimals === 1
        ? 'hoogstens één cijfer na de komma, zoals 12,5'
        : `hoogstens ${rule.decimals ?? 0} cijfers na de komma, zoals 12,50`;
    case 'TOO_LARGE':
      return Number.isFinite(maxOf(rule))
        ? `is te groot; hoogstens ${maxOf(rule).toLocaleString('nl-NL')}`
        : 'is te groot';
  }
};

const numberEn: NumberText = (problem, rule) => {
  const like = rule.whole ? '12 or 10,000' : rule.euro ? '12.50 or 10,000' : '12.5 or 10,000';
  switch (problem) {
    case 'NOT_A_NUMBER':
      if (rule.whole && rule.euro) return `must be an amount in whole euros, such as ${like}`;
      if (rule.whole) return `must be a whole number, such as ${like}`;
      return rule.euro ? `must be an amount, such as ${like}` : `must be a number, such as ${like}`;
    case 'OTHER_NOTATION':
      return rule.whole
        ? 'must be a whole number; write thousands with a comma, such as 10,000'
        : `write decimals with a point and thousands with a comma, such as ${like}`;
    case 'SEPARATORS':
      return rule.grouping === false
        ? 'must be a number with at most one decimal point, such as 51.92'
        : `the points and commas are in the wrong places; write for example ${like}`;
    case 'NOT_WHOLE':
      return rule.euro
        ? `whole euros only, without cents, such as ${like}`
        : `must be a whole number, without decimals, such as ${like}`;
    case 'TOO_MANY_DECIMALS':
      return rule.decimals === 1
        ? 'at most one decimal, such as 12.5'
        : `at most ${rule.decimals ?? 0} decimals, such as 12.50`;
    case 'TOO_LARGE':
      return Number.isFinite(maxOf(rule))
        ? `is too large; at most ${maxOf(rule).toLocaleString('en-GB')}`
        : 'is too large';
  }
};

export const formsNl = {
  number: numberNl,
  characterCount: (length: number, max: number): string => `${length} van ${max} tekens`,
  places: {
    label: 'Adres, postcode of plaats',
    hint: 'Bijvoorbeeld "Broersvest 5 Schiedam" of "3111 EA". Kies daarna een van de gevonden plaatsen.',
    search: 'Zoek plaats',
    searching: 'Zoeken…',
    none: 'Niets gevonden. Probeer een postcode of plaatsnaam, of kies het punt op de kaart.',
    offline:
      'Adressen zoeken lukt nu niet; dit zijn gemeentemiddelpunten. Kies er een, of kies het punt op de kaart.',
    centreOf: (name: string): string => `Middelpunt van gemeente ${name}`,
    picked: (label: string): string => `Gekozen: ${label}. Het punt staat in de velden hieronder.`,
  },
};

export const formsEn: typeof formsNl = {
  number: numberEn,
  characterCount: (length: number, max: number): string => `${length} of ${max} characters`,
  places: {
    label: 'Address, postcode or town',
    hint: 'For example "Broersvest 5 Schiedam" or "3111 EA". Then choose one of the places found.',
    search: 'Find place',
    searching: 'Searching…',
    none: 'Nothing found. Try a postcode or town, or pick the point on the map.',
    offline:
      'Address search is unavailable right now; these are municipality centres. Choose one, or pick the point on the map.',
    centreOf: (name: string): string => `Centre of the municipality of ${name}`,
    picked: (label: string): string => `Chosen: ${label}. The point is in the fields below.`,
  },
};
