import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';

import { MultiPicker, type PickerOption, type PickerSearch, type PickerTexts } from './MultiPicker';
import { MAX_TERM, nextActive, offered, termOf } from './picker-keys';

const ORGS: PickerOption[] = [
  { id: 'o1', name: 'Bibliotheek Schiedam', meta: 'Schiedam' },
  { id: 'o2', name: 'Sportbedrijf Schiedam', meta: 'Schiedam' },
  { id: 'o3', name: 'Muziekschool Vlaardingen', meta: 'Vlaardingen' },
];

const TEXTS: PickerTexts = {
  label: 'Partnerorganisaties',
  hint: 'Typ een deel van de naam',
  chosen: 'Gekozen partnerorganisaties',
  noneChosen: 'Nog niets gekozen.',
  suggestions: (l) => `Suggesties voor ${l.toLowerCase()}`,
  found: (n) => `${n} suggesties`,
  nothingFound: (text) => `Niets gevonden voor “${text}”.`,
  typeMore: 'Typ minstens 2 tekens.',
  added: (name) => `${name} toegevoegd`,
  removed: (name) => `${name} verwijderd`,
  remove: (name) => `${name} verwijderen`,
  searchFailed: 'Zoeken lukt nu niet.',
};

const searched: string[] = [];

/** Looks names up in ORGS, as the API's `organisations(search:)` would (part of the name). */
function useFakeSearch(term: string): PickerSearch {
  if (term !== '') searched.push(term);
  const options =
    term === '' ? [] : ORGS.filter((o) => o.name.toLowerCase().includes(term.toLowerCase()));
  return { options, loading: false, failed: false };
}

function Harness({ start = [] as PickerOption[] }) {
  const [chosen, setChosen] = useState<PickerOption[]>(start);
  return (
    <>
      <MultiPicker
        id="c-partners"
        texts={TEXTS}
        chosen={chosen}
        onChange={setChosen}
        useSearch={useFakeSearch}
        error={chosen.length === 0 ? 'noem ten minste één partner' : undefined}
      />
      <span data-testid="ids">{chosen.map((c) => c.id).join(',')}</span>
    </>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Partnerorganisaties' });
const ids = () => screen.getByTestId('ids').textContent;

/** Lets the box's debounce (200 ms) pass: the search and the suggestions follow the text then. */
const typingPause = () => act(() => new Promise<void>((r) => setTimeout(r, 260)));

async function type(text: string) {
  fireEvent.change(input(), { target: { value: text } });
  // The search waits until typing pauses.
  await typingPause();
}

describe('MultiPicker (combobox with chips)', () => {
  it('suggests matching names after 2 characters and chooses with the keyboard', async () => {
    searched.length = 0; // what other tests searched for is not this test's
    render(<Harness />);
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    await type('s');
    expect(screen.getByRole('status').textContent).toBe('Typ minstens 2 tekens.');
    expect(searched).not.toContain('s');
    await type('schied');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Bibliotheek SchiedamSchiedam',
      'Sportbedrijf SchiedamSchiedam',
    ]);
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    const active = input().getAttribute('aria-activedescendant');
    expect(active).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(ids()).toBe('o2');
    expect((input() as HTMLInputElement).value).toBe('');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Sportbedrijf Schiedam toegevoegd')).toBeTruthy();
    const chips = screen.getByRole('list', { name: 'Gekozen partnerorganisaties' });
    expect(chips.textContent).toContain('Sportbedrijf Schiedam');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    // Choosing emptied the box: once its debounce has passed, no suggestions come back.
    await typingPause();
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('chooses with the pointer, leaves chosen ones out of the suggestions, removes by a named button', async () => {
    render(<Harness start={[ORGS[0]!]} />);
    await type('schiedam');
    // Already chosen: not offered again.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Sportbedrijf SchiedamSchiedam',
    ]);
    fireEvent.mouseDown(screen.getByRole('option'));
    expect(ids()).toBe('o1,o2');
    fireEvent.click(screen.getByRole('button', { name: 'Bibliotheek Schiedam verwijderen' }));
    expect(ids()).toBe('o2');
    expect(screen.getByText('Bibliotheek Schiedam verwijderd')).toBeTruthy();
    expect(document.activeElement).toBe(input());
    // Choosing emptied the box: once its debounce has passed, no suggestions come back.
    await typingPause();
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('says when nothing matches, closes on Escape, and Enter never submits from the box', async () => {
    let submitted = 0;
    render(
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submitted += 1;
        }}
      >
        <Harness />
      </form>,
    );
    await type('zwembad');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Niets gevonden voor “zwembad”.'),
    );
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(submitted).toBe(0);
    await type('muziek');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(ids()).toBe('');
  });
});

describe('picker keys', () => {
  it('wraps the active option around and keeps it on other keys', () => {
    expect(nextActive('ArrowDown', -1, 3)).toBe(0);
    expect(nextActive('ArrowDown', 2, 3)).toBe(0);
    expect(nextActive('ArrowUp', 0, 3)).toBe(2);
    expect(nextActive('ArrowUp', -1, 3)).toBe(2);
    expect(nextActive('ArrowUp', 2, 3)).toBe(1);
    expect(nextActive('Tab', 1, 3)).toBe(1);
    expect(nextActive('ArrowDown', 1, 0)).toBe(-1);
  });

  it('offers what is not chosen yet, at most the limit, and cuts the term at the API limit', () => {
    expect(offered(ORGS, [ORGS[1]!], 5).map((o) => o.id)).toEqual(['o1', 'o3']);
    expect(offered(ORGS, [], 2).map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(termOf('  bieb  ')).toBe('bieb');
    expect(termOf('x'.repeat(150))).toHaveLength(MAX_TERM);
  });
});
