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
});
