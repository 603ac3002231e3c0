import { describe, expect, it } from '@jest/globals';

import { EMPTY_STATE, finderSearch, toMatchInput, type FinderState } from './finder-state';
import { stateOfSavedSearch } from './saved-search-state';

// What the save form sends and the API keeps: the finder's match input for the school.
function saved(state: FinderState) {
  const input = toMatchInput(state);
  return {
    vestigingscode: state.school!,
    needs: state.needs,
    groepMin: input.groepMin,
    groepMax: input.groepMax,
    targetGroups: input.targetGroups ?? [],
    filters: input.filters,
  };
}

const SCHOOL: FinderState = { ...EMPTY_STATE, school: 'ZZ0100', needs: ['TAAL_LEZEN'] };

describe('a saved search opened in the finder', () => {
  it.each<[string, Partial<FinderState>]>([
    ['nothing but needs', {}],
    ['groepen and target groups', { groepMin: 3, groepMax: 5, targetGroups: ['PUPILS'] }],
    ['free, verified, distance', { freeOnly: true, verifiedOnly: true, maxDistanceKm: 10 }],
    ['online', { delivery: 'online' }],
    ['on site', { delivery: 'ter-plaatse' }],
    ['on site after school', { delivery: 'ter-plaatse', moments: ['AFTER_SCHOOL'] }],
    ['moments', { moments: ['DURING_SCHOOL', 'AFTER_SCHOOL'] }],
    [
      'price, language, funding',
      { maxCostEur: 250, language: 'en', funding: ['NPO', 'GEMEENTELIJKE_SUBSIDIE'] },
    ],
  ])('asks the API what the saved search asks: %s', (_name, conditions) => {
    const state = { ...SCHOOL, ...conditions };
    expect(toMatchInput(stateOfSavedSearch(saved(state)))).toEqual(toMatchInput(state));
  });

  it('links to the finder with every condition in the query string', () => {
    const state: FinderState = {
      ...SCHOOL,
      groepMin: 3,
      groepMax: 5,
      freeOnly: true,
      maxDistanceKm: 10,
      delivery: 'online',
    };
    expect(finderSearch(stateOfSavedSearch(saved(state)))).toBe(
      '?school=ZZ0100&behoeften=TAAL_LEZEN&groep=3-5&gratis=1&afstand=10&vorm=online',
    );
  });
});
