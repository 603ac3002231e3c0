import { describe, expect, it } from '@jest/globals';

import { EMPTY_STATE, finderSearch, parseFinderState, toMatchInput } from './finder-state';

describe('finder URL state', () => {
  it('round-trips every choice through the query string', () => {
    const state = {
      ...EMPTY_STATE,
      school: 'ZZ0100',
      needs: ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID'] as const,
      groepMin: 6,
      groepMax: 8,
      targetGroups: ['PUPILS', 'PARENTS'] as const,
      moments: ['AFTER_SCHOOL'] as const,
      freeOnly: true,
      verifiedOnly: true,
      maxDistanceKm: 10,
      offering: '11111111-1111-4111-8111-111111111111',
      text: 'lezen & rekenen',
    };
    const search = finderSearch({
      ...state,
      needs: [...state.needs],
      targetGroups: [...state.targetGroups],
      moments: [...state.moments],
    });
    expect(search).toBe(
      '?school=ZZ0100&behoeften=EXTRA_LEERTIJD,OUDERBETROKKENHEID&groep=6-8&voor=PUPILS,PARENTS&moment=AFTER_SCHOOL&gratis=1&geverifieerd=1&afstand=10&aanbod=11111111-1111-4111-8111-111111111111&zoek=lezen+%26+rekenen',
    );
    expect(parseFinderState(search)).toEqual(state);
    expect(finderSearch(EMPTY_STATE)).toBe('');
  });

  it('ignores unknown and malformed values instead of failing', () => {
    expect(
      parseFinderState(
        '?school=<script>&behoeften=TOVERKUNST,TAAL_LEZEN&groep=9-12&afstand=-3&aanbod=x',
      ),
    ).toEqual({
      ...EMPTY_STATE,
      needs: ['TAAL_LEZEN'],
    });
    expect(parseFinderState('?school=zz0100&groep=7').school).toBe('ZZ0100');
    expect(parseFinderState('?groep=7')).toMatchObject({ groepMin: 7, groepMax: 7 });
    expect(parseFinderState('?groep=-5')).toMatchObject({ groepMin: null, groepMax: 5 });
    expect(parseFinderState(`?zoek=${'x'.repeat(500)}`).text).toHaveLength(100);
    expect(finderSearch({ ...EMPTY_STATE, text: '   ' })).toBe('');
  });

  it('builds the matchPartners input, leaving out a reversed groep range', () => {
    const input = toMatchInput({
      ...EMPTY_STATE,
      school: 'ZZ0100',
      needs: ['TAAL_LEZEN'],
      groepMin: 8,
      groepMax: 3,
      freeOnly: true,
    });
    expect(input).toMatchObject({
      vestigingscode: 'ZZ0100',
      needs: [{ code: 'TAAL_LEZEN', weight: 1 }],
      groepMin: null,
      groepMax: null,
      filters: {
        costTypes: ['FREE'],
        deliveryModes: null,
        verifiedOnly: null,
        maxDistanceKm: null,
        maxCostEur: null,
      },
    });
  });

  it('asks the API for the order and the language, so they apply to all matches', () => {
    const base = { ...EMPTY_STATE, school: 'ZZ0100' };
    expect(toMatchInput(base)).toMatchObject({ sort: 'RELEVANCE', filters: { languages: null } });
    expect(toMatchInput({ ...base, sort: 'afstand', language: 'tr' })).toMatchObject({
      sort: 'DISTANCE',
      filters: { languages: ['tr'] },
    });
    expect(toMatchInput({ ...base, sort: 'bevestigd' }).sort).toBe('RECENTLY_CONFIRMED');
  });

  it('keeps sort, language, price, on site / online and the shortlist in the URL', () => {
    const id = '0b9f4c1e-5a34-4c1d-9a51-0d2f3e4a5b6c';
    const state = {
      ...EMPTY_STATE,
      school: 'ZZ0100',
      sort: 'afstand' as const,
      language: 'en',
      maxCostEur: 250,
      delivery: 'online' as const,
      shortlist: [id],
    };
    const search = finderSearch(state);
    expect(search).toBe(
      `?school=ZZ0100&sorteer=afstand&taal=en&maxprijs=250&vorm=online&lijst=${id}`,
    );
    expect(parseFinderState(search)).toEqual(state);
    expect(toMatchInput(state).filters).toMatchObject({
      deliveryModes: ['ONLINE'],
      maxCostEur: 250,
    });
  });

  it('ignores malformed sort, price, language and shortlist values', () => {
    const state = parseFinderState(
      '?sorteer=prijs&maxprijs=-5&taal=<x>&vorm=fiets&lijst=abc,0B9F4C1E-5A34-4C1D-9A51-0D2F3E4A5B6C,abc',
    );
    expect(state.sort).toBe('relevantie');
    expect(state.maxCostEur).toBeNull();
    expect(state.language).toBeNull();
    expect(state.delivery).toBeNull();
    expect(state.shortlist).toEqual(['0b9f4c1e-5a34-4c1d-9a51-0d2f3e4a5b6c']);
  });

  it('asks for on-site modes only, narrowed by the chosen moments', () => {
    expect(
      toMatchInput({ ...EMPTY_STATE, school: 'ZZ0100', delivery: 'ter-plaatse' }).filters
        ?.deliveryModes,
    ).toEqual(['DURING_SCHOOL', 'AFTER_SCHOOL', 'AT_PARTNER']);
    expect(
      toMatchInput({
        ...EMPTY_STATE,
        school: 'ZZ0100',
        delivery: 'ter-plaatse',
        moments: ['AFTER_SCHOOL'],
      }).filters?.deliveryModes,
    ).toEqual(['AFTER_SCHOOL']);
  });

  it('weighs the needs a school profile names by their priority, the rest 1', () => {
    const input = toMatchInput(
      { ...EMPTY_STATE, school: 'ZZ0100', needs: ['EXTRA_LEERTIJD', 'TAAL_LEZEN'] },
      new Map([['TAAL_LEZEN', 0.6]]),
    );
    expect(input.needs).toEqual([
      { code: 'EXTRA_LEERTIJD', weight: 1 },
      { code: 'TAAL_LEZEN', weight: 0.6 },
    ]);
  });

  it('keeps funding routes in the URL, in catalogue order, and sends them as fundingRoutes', () => {
    const state = parseFinderState('?school=ZZ0100&financiering=FONDS,LOTERIJ,NPO,NPO');
    expect(state.funding).toEqual(['NPO', 'FONDS']);
    expect(finderSearch(state)).toBe('?school=ZZ0100&financiering=NPO,FONDS');
    expect(toMatchInput({ ...state, school: 'ZZ0100' }).filters?.fundingRoutes).toEqual([
      'NPO',
      'FONDS',
    ]);
    expect(toMatchInput({ ...EMPTY_STATE, school: 'ZZ0100' }).filters?.fundingRoutes).toBeNull();
  });

  it('keeps a place (point and address) in the URL and sends it as the location', () => {
    const state = parseFinderState(
      '?punt=51.917126,4.399632&adres=Broersvest+5,+3111EA+Schiedam&behoeften=TAAL_LEZEN',
    );
    expect(state.place).toEqual({
      lat: 51.91713,
      lng: 4.39963,
      label: 'Broersvest 5, 3111EA Schiedam',
    });
    expect(state.school).toBeNull();
    const search = finderSearch(state);
    expect(search).toBe(
      '?punt=51.91713,4.39963&adres=Broersvest+5,+3111EA+Schiedam&behoeften=TAAL_LEZEN',
    );
    expect(parseFinderState(search)).toEqual(state);
    const input = toMatchInput(state);
    expect(input.location).toEqual({ lat: 51.91713, lng: 4.39963 });
    expect(input.vestigingscode).toBeUndefined();
    expect(input.needs).toEqual([{ code: 'TAAL_LEZEN', weight: 1 }]);
    // The browser's location has no address: only the point goes into the link.
    expect(finderSearch({ ...EMPTY_STATE, place: { lat: 52.09, lng: 5.121, label: null } })).toBe(
      '?punt=52.09,5.121',
    );
  });

  it('drops a malformed place, one outside the Netherlands, and a place next to a school', () => {
    for (const punt of ['x', '52,5,1', '48.8566,2.3522', '0,0', '5.12,52.09', '52.1;5.1', '']) {
      expect(parseFinderState(`?punt=${punt}`).place).toBeNull();
    }
    const both = parseFinderState('?school=ZZ0100&punt=52.09,5.12');
    expect(both).toMatchObject({ school: 'ZZ0100', place: null });
    expect(toMatchInput(both).vestigingscode).toBe('ZZ0100');
    expect(toMatchInput(both).location).toBeUndefined();
    const long = parseFinderState(`?punt=52.09,5.12&adres=${'a'.repeat(300)}%00b`).place;
    expect(long?.label).toHaveLength(120);
    expect(parseFinderState('?punt=52.09,5.12&adres=%01%02').place?.label).toBeNull();
  });
});
