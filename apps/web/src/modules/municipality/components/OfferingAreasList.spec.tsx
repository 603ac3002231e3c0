import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { renderIn } from '../../../shared/testing/render-in';
import {
  distinctShapes,
  provinceWide,
  type LocalArea,
  type LocalOffering,
  type OfferingAreas,
} from '../utils/offering-areas';
import { OfferingAreasList } from './OfferingAreasList';

const area = (id: string, kind: LocalArea['kind'], extra: Partial<LocalArea> = {}): LocalArea => ({
  id,
  kind,
  municipalityCode: null,
  provinceCode: null,
  regionName: null,
  center: null,
  radiusKm: null,
  offeringId: 'o',
  ...extra,
});

const schiedam = (id: string) =>
  area(id, 'MUNICIPALITY', { municipalityCode: 'GM0606', regionName: 'Schiedam' });
const zuidHolland = (id: string) =>
  area(id, 'PROVINCE', { provinceCode: 'PV28', regionName: 'Zuid-Holland' });

const offering = (
  id: string,
  areas: LocalArea[],
  extra: Partial<LocalOffering> = {},
): LocalOffering => ({
  offeringId: id,
  title: `Aanbod ${id}`,
  organisationName: `Partner ${id}`,
  verified: false,
  schoolsReached: 3,
  alsoNational: false,
  areas,
  ...extra,
});

const OFFERINGS = [
  offering(
    'a',
    [schiedam('a1'), area('a2', 'RADIUS', { center: { lat: 51.9, lng: 4.4 }, radiusKm: 5 })],
    {
      verified: true,
      schoolsReached: 7,
    },
  ),
  offering('b', [schiedam('b1'), zuidHolland('b2')], { alsoNational: true }),
  offering('c', [zuidHolland('c1'), area('c2', 'POLYGON')]),
];

const AREAS: OfferingAreas = {
  municipalityCode: 'GM0606',
  sector: null,
  interventionType: null,
  totalCount: 5,
  nationalOnlyCount: 4,
  offerings: OFFERINGS,
};

// The list as the municipality page shows it once loaded; each test names what it looks at.
function renderList(
  lang: 'nl' | 'en',
  props: Pick<
    ComponentProps<typeof OfferingAreasList>,
    'areas' | 'typeLabel' | 'hasOutline' | 'marked' | 'onMark'
  >,
) {
  renderIn(
    lang,
    <OfferingAreasList
      loading={false}
      error={undefined}
      onRetry={() => undefined}
      schools={12}
      {...props}
    />,
  );
}

describe('offering areas', () => {
  it('draws each distinct shape once and leaves provinces to the text', () => {
    expect(distinctShapes(OFFERINGS).map((a) => a.id)).toEqual(['a1', 'a2', 'c2']);
    expect(provinceWide(OFFERINGS)).toEqual([{ code: 'PV28', name: 'Zuid-Holland', offerings: 2 }]);
  });

  it('lists every offering with its areas in words, the notes, and a mark button per offering', () => {
    const onMark = jest.fn<(id: string | null) => void>();
    renderList('nl', { areas: AREAS, typeLabel: null, hasOutline: true, marked: 'b', onMark });
    expect(screen.getByTestId('offering-areas-status').textContent).toBe(
      '5 aanbiedingen met een eigen werkgebied.',
    );
    expect(screen.getByText(/De eerste 3 van 5/)).toBeTruthy();
    expect(screen.getByTestId('offering-areas-province').textContent).toBe(
      '2 aanbiedingen werken in heel Zuid-Holland; die provincie staat niet als vlak op de kaart.',
    );
    expect(screen.getByTestId('offering-areas-national').textContent).toMatch(
      /bereiken 4 landelijke aanbiedingen scholen hier/,
    );
    const items = screen.getAllByTestId('offering-area-item');
    expect(items).toHaveLength(3);
    const first = within(items[0]!);
    expect(first.getByText(/Partner a · geverifieerd · bereikt 7 van 12 scholen/)).toBeTruthy();
    expect(first.getByText('Gemeente Schiedam')).toBeTruthy();
    expect(first.getByText('Binnen 5 km (cirkel op de kaart)')).toBeTruthy();
    expect(
      within(items[1]!).getByText('Provincie Zuid-Holland (hele provincie, niet getekend)'),
    ).toBeTruthy();
    expect(within(items[1]!).getByText('ook landelijk')).toBeTruthy();

    const markA = screen.getByRole('button', { name: 'Markeer op de kaart: Aanbod a' });
    const markB = screen.getByRole('button', { name: 'Markeer op de kaart: Aanbod b' });
    expect(markA.getAttribute('aria-pressed')).toBe('false');
    expect(markB.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(markA);
    fireEvent.click(markB);
    expect(onMark.mock.calls).toEqual([['a'], [null]]);
  });

  it('offers marking only for offerings with a shape on the map', () => {
    renderList('nl', {
      areas: AREAS,
      typeLabel: null,
      hasOutline: false,
      marked: null,
      onMark: () => undefined,
    });
    // b has only its municipality (no outline known) and a province: nothing to mark.
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Markeer op de kaart: Aanbod a',
      'Markeer op de kaart: Aanbod c',
    ]);
  });

  it('says so when nothing local reaches the schools, in English too', () => {
    renderList('en', {
      areas: { ...AREAS, totalCount: 0, nationalOnlyCount: 0, offerings: [] },
      typeLabel: 'Mentoring',
      hasOutline: false,
      marked: null,
      onMark: () => undefined,
    });
    expect(screen.getByTestId('offering-areas-status').textContent).toBe(
      'No offering with an area of its own reaches schools here for Mentoring.',
    );
    expect(screen.queryByRole('list')).toBeNull();
  });
});
