import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import type { DraftArea } from '../utils/coverage-draft';
import { AreaList } from './AreaList';

const AREAS: DraftArea[] = [
  { key: 'a1', note: null, kind: 'MUNICIPALITY', code: 'GM0606', name: 'Schiedam' },
  { key: 'a2', note: null, kind: 'PROVINCE', code: 'PV28', name: 'Zuid-Holland' },
  { key: 'a3', note: null, kind: 'NATIONAL' },
  { key: 'a4', note: null, kind: 'RADIUS', center: { lat: 51.91, lng: 4.4 }, radiusKm: 7.5 },
  {
    key: 'a5',
    note: null,
    kind: 'POLYGON',
    geometry: { type: 'Polygon', coordinates: [] },
    vertexCount: 4,
    source: 'drawn',
    fileName: null,
  },
  {
    key: 'a6',
    note: null,
    kind: 'POLYGON',
    geometry: { type: 'Polygon', coordinates: [] },
    vertexCount: 5,
    source: 'upload',
    fileName: 'werkgebied.geojson',
  },
];

describe('AreaList', () => {
  it('lists every area in words, the alternative to the map', () => {
    renderIn('nl', <AreaList areas={AREAS} problems={new Map()} onRemove={() => undefined} />);
    const items = screen.getAllByTestId('coverage-area').map((li) => li.firstChild?.textContent);
    expect(items).toEqual([
      'Gemeente Schiedam (GM0606)',
      'Provincie Zuid-Holland (PV28)',
      'Heel Nederland',
      'Cirkel van 7,5 km · 51,91, 4,4',
      'Getekend gebied (4 hoekpunten)',
      'Geüpload: werkgebied.geojson',
    ]);
  });

  it('removes the area whose button is pressed', () => {
    const onRemove = jest.fn();
    renderIn('nl', <AreaList areas={AREAS} problems={new Map()} onRemove={onRemove} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Provincie Zuid-Holland (PV28) verwijderen' }),
    );
    expect(onRemove).toHaveBeenCalledWith('a2');
  });

  it('shows the server’s problems next to the area they are about', () => {
    const problems = new Map([
      [
        'a6',
        [
          {
            field: 'geometry.coordinates[0]',
            message: 'De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3).',
          },
        ],
      ],
    ]);
    renderIn('nl', <AreaList areas={AREAS} problems={problems} onRemove={() => undefined} />);
    const [upload] = screen
      .getAllByTestId('coverage-area')
      .filter((li) => li.textContent?.includes('werkgebied.geojson'));
    expect(within(upload!).getByTestId('coverage-area-error').textContent).toBe(
      'De ring snijdt zichzelf (zijde 1 raakt of kruist zijde 3). (geometry.coordinates[0])',
    );
    expect(upload!.className).toContain('portal-area--invalid');
    const remove = within(upload!).getByRole('button');
    expect(remove.getAttribute('aria-describedby')).toBe('a6-error');
    expect(screen.getAllByTestId('coverage-area-error')).toHaveLength(1);
  });

  it('says so when there is no area yet, in both languages', () => {
    const view = renderIn(
      'nl',
      <AreaList areas={[]} problems={new Map()} onRemove={() => undefined} />,
    );
    expect(screen.getByTestId('coverage-empty').textContent).toBe('Nog geen werkgebied gekozen.');
    view.unmount();
    renderIn(
      'en',
      <AreaList areas={AREAS.slice(0, 1)} problems={new Map()} onRemove={() => undefined} />,
    );
    expect(
      screen.getByRole('button', { name: 'Remove Municipality of Schiedam (GM0606)' }),
    ).toBeTruthy();
  });
});
