import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { invalidateQueries } from '../../../app/graphql/light-cache';
import { renderIn } from '../../../shared/testing/render-in';
import { aMatch, needLabel } from './__tests__/fixtures';
import { OfferingDetail } from './OfferingDetail';
import type { FinderSchool } from '../hooks/use-finder-schools';

const match = aMatch();
const school = {
  vestigingscode: 'ZZ0100',
  name: 'De Regenboog',
} as unknown as FinderSchool;

// The offering's areas come from the light client (fetch): none here.
const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (() =>
    Promise.resolve({
      status: 200,
      json: () => Promise.resolve({ data: { offering: { id: match.offeringId, coverage: [] } } }),
    })) as unknown as typeof fetch;
  invalidateQueries();
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('OfferingDetail of an offering that is not among the results', () => {
  it('says why there is no contact form (opened by a link, or the needs changed while it was open)', async () => {
    renderIn(
      'nl',
      <OfferingDetail
        offering={match.offering}
        organisation={match.organisation}
        match={undefined}
        school={school}
        needLabel={needLabel}
        onBack={() => undefined}
      />,
    );
    const note = await screen.findByTestId('detail-not-a-result');
    expect(note.textContent).toBe(
      'Dit aanbod staat niet tussen de resultaten voor De Regenboog met de gekozen behoeften en voorwaarden. Een contactverzoek sturen kan vanuit de resultaten: pas uw keuzes aan om het daar weer te vinden.',
    );
    expect(screen.queryByRole('button', { name: 'Neem contact op' })).toBeNull();
  });
});
