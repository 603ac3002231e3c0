import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { renderIn } from '../../../shared/testing/render-in';
import type { SchoolNode } from '../hooks/use-schools';
import { DirectorySection } from './DirectorySection';
import { SchoolItem } from './SchoolItem';

const school = (code: string, name: string): SchoolNode =>
  ({
    vestigingscode: code,
    name,
    city: 'Schiedam',
    sector: 'PO',
    schoolType: 'BAO',
    address: 'Straat 1',
    postcode: '3111AA',
    municipality: { code: 'GM0606', name: 'Schiedam' },
  }) as unknown as SchoolNode;

// The school list as the overview page puts it together.
function SchoolList(
  props: Omit<
    ComponentProps<typeof DirectorySection<SchoolNode>>,
    'kind' | 'headingId' | 'texts' | 'idOf' | 'children'
  >,
) {
  const t = useT();
  return (
    <DirectorySection
      kind="school"
      headingId="scholen-kop"
      texts={t.schools}
      idOf={(school) => school.vestigingscode}
      {...props}
    >
      {(school, selected, onToggle) => (
        <SchoolItem school={school} selected={selected} onToggle={onToggle} />
      )}
    </DirectorySection>
  );
}

const result = (over: Partial<ComponentProps<typeof SchoolList>['result']> = {}) => ({
  items: [school('00AA00', 'De Eerste'), school('00AA01', 'De Tweede')],
  totalCount: 2,
  hasResult: true,
  loading: false,
  error: undefined,
  refetch: () => undefined,
  ...over,
});

type ListProps = ComponentProps<typeof SchoolList>;

// The list of result() with an empty search box, unless a test gives its own.
const schoolList = (
  props: Pick<ListProps, 'selection' | 'onSelect'> & Partial<Pick<ListProps, 'result' | 'search'>>,
) => (
  <SchoolList result={result() as never} search="" onSearchChange={() => undefined} {...props} />
);

describe('the overview lists (SchoolList on DirectorySection)', () => {
  it('labels the section by its heading, counts and lists the items, and toggles one', () => {
    const onSelect = jest.fn();
    renderIn('nl', schoolList({ selection: null, onSelect }));
    const section = screen.getByRole('region', { name: 'Scholen' });
    expect(within(section).getByRole('status').textContent).toBe('2 scholen gevonden');
    expect(within(section).getAllByTestId('school-item')).toHaveLength(2);
    expect(screen.getByLabelText('Zoek een school')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'De Tweede' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'school', id: '00AA01' });
  });

  it('shows the details of the selected item only, linked from its button, in view', () => {
    // jsdom has no layout, hence no scrollIntoView: record the calls instead.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    renderIn(
      'nl',
      schoolList({ selection: { kind: 'school', id: '00AA01' }, onSelect: () => undefined }),
    );
    const button = screen.getByRole('button', { name: 'De Tweede' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('Straat 1, 3111AA Schiedam');
    const other = screen.getByRole('button', { name: 'De Eerste' });
    expect(other.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(other.getAttribute('aria-controls')!)!.hidden).toBe(true);
    expect(scrolled).toEqual([button.closest('li')]);
    expect(screen.getAllByText(/Schiedam · /)[0]!.textContent).toBe(
      'Schiedam · Primair onderwijs (BAO)',
    );
  });

  it('says when nothing was found, and while loading says so instead of a count', () => {
    const { rerender } = renderIn(
      'nl',
      schoolList({
        result: result({ items: [], totalCount: 0 }) as never,
        search: 'xyz',
        selection: null,
        onSelect: () => undefined,
      }),
    );
    expect(screen.getByText('Geen scholen gevonden. Probeer een andere zoekterm.')).toBeTruthy();
    rerender(
      schoolList({
        result: result({ items: [], hasResult: false, loading: true }) as never,
        search: 'xyz',
        selection: null,
        onSelect: () => undefined,
      }),
    );
    expect(screen.getByTestId('school-list').getAttribute('aria-busy')).toBe('true');
  });
});
