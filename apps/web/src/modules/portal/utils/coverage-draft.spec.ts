import { describe, expect, it } from '@jest/globals';

import type { PortalCoverageAreaFragment } from '../../../generated/graphql';
import { portalEn, portalNl } from '../portal.messages';
import { areaLabel, fromCoverage, problemsByArea, toInput, type DraftArea } from './coverage-draft';

// A saved polygon area's outline, which the API input must carry unchanged.
const TRIANGLE = {
  type: 'Polygon',
  coordinates: [
    [
      [4.4, 51.9],
      [4.5, 51.9],
      [4.5, 52],
      [4.4, 51.9],
    ],
  ],
};

// A saved circle's centre as Apollo hands it over: with its __typename, which the input type
// GeoPointInput does not know.
const STORED_CENTRE = { __typename: 'GeoPoint', lat: 51.9, lng: 4.4 };

// A stored area as the API returns it: every field but the given ones empty.
const storedArea = (
  area: Pick<PortalCoverageAreaFragment, 'id' | 'kind'> & Partial<PortalCoverageAreaFragment>,
): PortalCoverageAreaFragment => ({
  offeringId: 'o',
  municipalityCode: null,
  provinceCode: null,
  regionName: null,
  center: null,
  radiusKm: null,
  centerLabel: null,
  geometry: null,
  areaLabel: null,
  note: null,
  ...area,
});

describe('coverage draft', () => {
  it('turns stored areas into a draft and back into the API input', () => {
    const draft = fromCoverage([
      storedArea({ id: '1', kind: 'NATIONAL', note: 'landelijk' }),
      storedArea({
        id: '2',
        kind: 'MUNICIPALITY',
        municipalityCode: 'GM0606',
        regionName: 'Schiedam',
      }),
      storedArea({ id: '3', kind: 'RADIUS', center: STORED_CENTRE, radiusKm: 5 }),
      storedArea({ id: '4', kind: 'POLYGON', geometry: TRIANGLE }),
    ]);
    expect(draft.map((a) => a.kind)).toEqual(['NATIONAL', 'MUNICIPALITY', 'RADIUS', 'POLYGON']);
    expect(draft[3]).toMatchObject({ vertexCount: 3, source: 'saved' });
    expect(toInput(draft)).toEqual([
      { kind: 'NATIONAL', note: 'landelijk' },
      { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
      { kind: 'RADIUS', center: { lat: 51.9, lng: 4.4 }, radiusKm: 5 },
      { kind: 'POLYGON', geometry: TRIANGLE },
    ]);
  });

  it('keeps an uploaded area’s file name through a save: sent, read back and shown', () => {
    const [saved] = fromCoverage([
      storedArea({ id: '5', kind: 'POLYGON', geometry: TRIANGLE, areaLabel: 'wijken.geojson' }),
    ]);
    expect(areaLabel(saved!, portalNl.coverage, 'nl')).toBe('Geüpload: wijken.geojson');
    expect(areaLabel(saved!, portalEn.coverage, 'en')).toBe('Uploaded: wijken.geojson');
    expect(toInput([saved!])).toEqual([
      { kind: 'POLYGON', geometry: TRIANGLE, areaLabel: 'wijken.geojson' },
    ]);
    // A drawn one has no name; a file name past the server's 120 characters is cut.
    const [drawn] = fromCoverage([storedArea({ id: '6', kind: 'POLYGON', geometry: TRIANGLE })]);
    expect(areaLabel(drawn!, portalNl.coverage, 'nl')).toBe('Getekend gebied (3 hoekpunten)');
    const long = { ...saved!, fileName: `${'a'.repeat(130)}.geojson` } as DraftArea;
    expect(toInput([long])[0]).toMatchObject({ areaLabel: 'a'.repeat(120) });
  });

  it('puts each server problem with the area it names, in either notation', () => {
    const sent: DraftArea[] = [
      { key: 'k0', note: null, kind: 'NATIONAL' },
      { key: 'k1', note: null, kind: 'RADIUS', center: { lat: 51.9, lng: 4.4 }, radiusKm: 500 },
      {
        key: 'k2',
        note: null,
        kind: 'POLYGON',
        geometry: {},
        vertexCount: 0,
        source: 'upload',
        fileName: 'x.json',
      },
    ];
    const { byKey, general } = problemsByArea(
      [
        { field: 'areas[2].geometry.coordinates[0]', message: 'De ring is niet gesloten' },
        { field: 'areas.1.radiusKm', message: 'moet tussen 0.1 en 400 km liggen' },
        { field: 'areas', message: 'minstens één werkgebied nodig' },
        { field: 'areas[9].kind', message: 'onbekend' },
      ],
      sent,
    );
    expect(byKey.get('k2')).toEqual([
      { field: 'geometry.coordinates[0]', message: 'De ring is niet gesloten' },
    ]);
    expect(byKey.get('k1')).toEqual([
      { field: 'radiusKm', message: 'moet tussen 0.1 en 400 km liggen' },
    ]);
    expect(byKey.has('k0')).toBe(false);
    expect(general.map((p) => p.field)).toEqual(['areas', 'areas[9].kind']);
  });
});
