import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFreeResponse } from './pdok-locatieserver.geocoder.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'geocoder', name), 'utf8'));

describe('parseFreeResponse (PDOK Locatieserver free)', () => {
  it('reads WKT points as lat/lng and municipality codes as GMxxxx', () => {
    expect(parseFreeResponse(fixture('free-postcode-3111ea.json'))).toEqual([
      {
        label: '3111EA Schiedam',
        kind: 'POSTCODE',
        location: { lat: 51.91738514, lng: 4.39890102 },
        municipalityCode: 'GM0606',
        postcode: '3111EA',
      },
    ]);
  });

  it('skips documents without a point, outside the Netherlands or with broken WKT', () => {
    expect(parseFreeResponse(fixture('free-odd-documents.json')).map((p) => p.label)).toEqual([
      'Schiedam',
    ]);
    expect(parseFreeResponse(fixture('free-none.json'))).toEqual([]);
  });

  it('refuses an answer that is not a Locatieserver answer', () => {
    expect(() => parseFreeResponse({ response: 'nee' })).toThrow(/unavailable/);
    expect(() => parseFreeResponse(null)).toThrow(/unavailable/);
  });
});
