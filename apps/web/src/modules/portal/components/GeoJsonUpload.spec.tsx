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
    upload(
      JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [4.4, 51.9] } }),
    );
    expect(await fieldError()).toMatch(/Geen Polygon of MultiPolygon gevonden/);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses more than 5,000 corners', async () => {
    const onAdd = setup();
    const ring = Array.from({ length: 5200 }, (_, i) => [4.4 + i * 1e-5, 51.9 + (i % 2) * 1e-5]);
    ring.push(ring[0]!);
    upload(JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
    expect(await fieldError()).toMatch(/5\.200 hoekpunten; hoogstens 5\.000/);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('adds the polygons of a FeatureCollection as one MultiPolygon', async () => {
    const onAdd = setup();
    upload(
      JSON.stringify({
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
      }),
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

  it('shows the server’s verdict on the uploaded area at the field', async () => {
    setup(['De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3).']);
    expect(await fieldError()).toBe('De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3).');
  });
});
