import { REASONS_EN } from './reasons.en.js';
import { REASONS_NL } from './reasons.nl.js';
import { renderReasonOf } from './render-reason.js';

// A radius names its centre only when the centre is a named place and the name is there: a
// partner's office or a chosen point never reads as "of <name>", and a missing name never
// reads as "of undefined".
describe('radius reasons and their centre', () => {
  it('falls back to the partner’s office when a named centre has no name', () => {
    const params = { areaId: 'a1', radiusKm: 10, centreKind: 'NAMED' as const };
    expect(renderReasonOf(REASONS_NL, 'COVERAGE_RADIUS', params)).toBe(
      'werkt binnen 10 km van de vestiging van de partner',
    );
    expect(renderReasonOf(REASONS_EN, 'COVERAGE_RADIUS', params)).toBe(
      "works within 10 km of the partner's office",
    );
  });

  it('does not name the centre of a radius around the partner’s office', () => {
    const params = {
      areaId: 'a1',
      radiusKm: 7.5,
      centreKind: 'PARTNER' as const,
      centre: 'Schiedam-Oost',
    };
    expect(renderReasonOf(REASONS_NL, 'COVERAGE_RADIUS', params)).toBe(
      'werkt binnen 7,5 km van de vestiging van de partner',
    );
    expect(renderReasonOf(REASONS_EN, 'COVERAGE_RADIUS', params)).toBe(
      "works within 7.5 km of the partner's office",
    );
  });
});
