import { describe, expect, it } from '@jest/globals';

import { en } from './en';
import { nl } from './nl';

describe('shared wordings of the catalogues', () => {
  it('names both ends, one end, or nothing', () => {
    expect(nl.partners.groep(3, 6)).toBe('groep 3–6');
    expect(nl.partners.groep(3, null)).toBe('vanaf groep 3');
    expect(nl.partners.groep(null, 6)).toBe('tot en met groep 6');
    expect(nl.partners.groep(null, null)).toBe('');
    expect(en.finder.ageRange(4, 12)).toBe('4–12 years');
    expect(en.finder.ageRange(4, null)).toBe('from 4 years');
    expect(en.finder.ageRange(null, 12)).toBe('up to 12 years');
    expect(en.finder.ageRange(null, null)).toBe('');
  });

  it('counts what a map list shows with one sentence for schools and partners', () => {
    expect(nl.schools.count(0, 0)).toBe('Geen scholen gevonden');
    expect(nl.partners.count(20, 35)).toBe('20 van 35 partners getoond — verfijn je zoekopdracht');
    expect(nl.schools.count(1, 1)).toBe('1 school gevonden');
    expect(en.partners.count(2, 2)).toBe('2 partners found');
    expect(en.schools.count(5, 9)).toBe('Showing 5 of 9 schools — refine your search');
  });
});
