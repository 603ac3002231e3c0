import { describe, expect, it } from '@jest/globals';

import { operationName } from '../../app/graphql/light-client';
import { startSharedFinderLink } from './prefetch';

function started(path: string, search: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  startSharedFinderLink(path, search, (document, variables) => {
    out.push([operationName(document as never), variables]);
  });
  return out;
}

describe('the queries a shared finder link starts with', () => {
  it('asks for the school and its results when the link names needs', () => {
    const asked = started('/', '?school=07oq00&behoeften=OUDERBETROKKENHEID,ONBEKEND&gratis=1');
    expect(asked.map(([name]) => name)).toEqual(['FinderChosenSchool', 'FinderMatchPartners']);
    expect(asked[0]![1]).toEqual({ vestigingscode: '07OQ00' });
    const { input } = asked[1]![1] as {
      input: { vestigingscode: string; needs: unknown; filters: { costTypes: unknown } };
    };
    expect(input.vestigingscode).toBe('07OQ00');
    expect(input.needs).toEqual([{ code: 'OUDERBETROKKENHEID', weight: 1 }]);
    expect(input.filters.costTypes).toEqual(['FREE']);
  });

  it('asks only for the school without needs (its profile decides them), nothing elsewhere', () => {
    expect(started('/', '?school=07OQ00').map(([name]) => name)).toEqual(['FinderChosenSchool']);
    expect(started('/', '?school=geen-code&behoeften=OUDERBETROKKENHEID')).toEqual([]);
    expect(started('/overzicht', '?school=07OQ00&behoeften=OUDERBETROKKENHEID')).toEqual([]);
  });

  it('asks for the results of a place at once (no school, no profile to wait for)', () => {
    const asked = started('/', '?punt=51.917126,4.399234&adres=Broersvest+5');
    expect(asked.map(([name]) => name)).toEqual(['FinderMatchPartners']);
    const { input } = asked[0]![1] as { input: { vestigingscode?: string; location: unknown } };
    expect(input.location).toEqual({ lat: 51.91713, lng: 4.39923 });
    expect(input.vestigingscode).toBeUndefined();
    expect(started('/', '?punt=48.85,2.35')).toEqual([]);
  });
});
