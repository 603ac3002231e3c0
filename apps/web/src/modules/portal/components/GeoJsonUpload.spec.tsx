import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { GeoJsonUpload, type UploadedArea } from './GeoJsonUpload';

const square = [
  [4.4, 51.9],
  [4.41, 51.9],
  [4.41, 51.91],
  [4.4, 51.91],
  [4.4, 51.9],
];

function upload(content: string, name = 'gebied.geojson') {
  const file = new File([content], name, { type: 'application/geo+json' });
  fireEvent.change(screen.getByLabelText('Upload een GeoJSON-bestand'), {
    target: { files: [file] },
  });
}

/** Uploads the given GeoJSON object as a file. */
const uploadJson = (geojson: unknown, name?: string) => upload(JSON.stringify(geojson), name);

/** A GeoJSON `crs` member naming its coordinate reference system. */
const namedCrs = (name: string) => ({ type: 'name', properties: { name } });

/** A FeatureCollection in the named coordinate reference system, holding one polygon. */
const polygonIn = (crs: string, ring: number[][]) => ({
  type: 'FeatureCollection',
  crs: namedCrs(crs),
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }],
});

function setup(serverErrors?: string[]) {
  const onAdd = jest.fn((_area: UploadedArea) => undefined);
  renderIn('nl', <GeoJsonUpload onAdd={onAdd} serverErrors={serverErrors} />);
  return onAdd;
}

async function fieldError(): Promise<string> {
  const alert = await screen.findByTestId('geojson-error');
  const input = screen.getByLabelText('Upload een GeoJSON-bestand');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')).toContain(alert.id);
  return alert.textContent ?? '';
}

describe('GeoJsonUpload', () => {
  it('refuses a file over 1 MB without reading it', async () => {
    const onAdd = setup();
    upload('x'.repeat(1_200_000));
    expect(await fieldError()).toBe(
      'Het bestand is 1,2 MB; het mag hoogstens 1 MB zijn. Vereenvoudig het gebied.',
    );
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses text that is not JSON', async () => {
    const onAdd = setup();
    upload('{"type": "Polygon", "coordinates": [[');
    expect(await fieldError()).toBe('Dit bestand is geen geldige JSON. Kies een GeoJSON-bestand.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses GeoJSON without an area', async () => {
    const onAdd = setup();
    uploadJson({ type: 'Feature', geometry: { type: 'Point', coordinates: [4.4, 51.9] } });
    expect(await fieldError()).toMatch(/Geen Polygon of MultiPolygon gevonden/);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses more than 5,000 corners', async () => {
    const onAdd = setup();
    const ring = Array.from({ length: 5200 }, (_, i) => [4.4 + i * 1e-5, 51.9 + (i % 2) * 1e-5]);
    ring.push(ring[0]!);
    uploadJson({ type: 'Polygon', coordinates: [ring] });
    expect(await fieldError()).toMatch(/5\.200 hoekpunten; hoogstens 5\.000/);
    expect(onAdd).not.toHaveBeenCalled();
  });

  // Dutch GIS data (PDOK, CBS, a municipality's export) comes in RD New: metres, not degrees.
  const rdSquare = [
    [147000, 409000],
    [153000, 409000],
    [153000, 415000],
    [147000, 415000],
    [147000, 409000],
  ];
  const NOT_WGS84 = /^Dit bestand gebruikt een ander coördinatenstelsel dan WGS84, zoals RD New/;

  it.each([
    ['naming its crs', polygonIn('urn:ogc:def:crs:EPSG::28992', rdSquare)],
    ['without a crs', { type: 'Polygon', coordinates: [rdSquare] }],
  ])('refuses a file in RD New %s once, saying so', async (_, geojson) => {
    const onAdd = setup();
    uploadJson(geojson);
    expect(await fieldError()).toMatch(NOT_WGS84);
    expect(screen.getByTestId('geojson-error').children).toHaveLength(1);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses degrees under a crs that says they are something else', async () => {
    const onAdd = setup();
    uploadJson({
      type: 'Feature',
      crs: namedCrs('EPSG:3857'),
      geometry: { type: 'Polygon', coordinates: [square] },
    });
    expect(await fieldError()).toMatch(NOT_WGS84);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('takes a file whose crs is WGS84 (CRS84 or EPSG:4326)', async () => {
    const onAdd = setup();
    uploadJson(polygonIn('urn:ogc:def:crs:OGC:1.3:CRS84', square));
    await waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1));
  });

  it('adds the polygons of a FeatureCollection as one MultiPolygon', async () => {
    const onAdd = setup();
    uploadJson(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } },
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [4.4, 51.9] },
          },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'MultiPolygon',
              coordinates: [[square.map(([x, y]) => [x! + 0.1, y!, 2.5])]],
            },
          },
        ],
      },
      'twee-wijken.geojson',
    );
    await waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1));
    const added = onAdd.mock.calls[0]![0];
    expect(added.fileName).toBe('twee-wijken.geojson');
    expect(added.vertexCount).toBe(8);
    expect(added.geometry.type).toBe('MultiPolygon');
    expect(added.geometry.coordinates).toHaveLength(2);
    // The height is dropped: GeoJSON positions here are [longitude, latitude].
    expect((added.geometry.coordinates[1] as number[][][])[0]![0]).toEqual([4.5, 51.9]);
    expect(screen.queryByTestId('geojson-error')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'twee-wijken.geojson is toegevoegd aan het werkgebied.',
    );
  });

  it('drops the measure of XYZM positions as it drops a height, so no position is refused', async () => {
    const onAdd = setup();
    uploadJson(
      { type: 'Polygon', coordinates: [square.map(([x, y]) => [x, y, 2.5, 17])] },
      'xyzm.geojson',
    );
    await waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onAdd.mock.calls[0]![0].geometry.coordinates).toEqual([square]);
    expect(screen.queryByTestId('geojson-error')).toBeNull();
  });

  it('shows the server’s verdict on the uploaded area at the field', async () => {
    setup(['De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3).']);
    expect(await fieldError()).toBe('De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3).');
  });
});
