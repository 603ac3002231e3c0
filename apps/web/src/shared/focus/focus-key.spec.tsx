import { describe, expect, it } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { useFocusAfterRemoval, useFocusOnOpenAndClose, useFocusWhen } from './focus-key';

type Item = { id: string };
const idOf = (item: Item) => item.id;
const keyOf = (item: Item) => `remove:${item.id}`;

/** A list whose Verwijderen buttons take their item out, as a refetch after a delete would. */
function List({ initial }: { initial: Item[] }) {
  const [items, setItems] = useState(initial);
  const focusAfterRemoval = useFocusAfterRemoval(items, idOf, keyOf, 'heading');
  return (
    <section>
      <h2 tabIndex={-1} data-focus-key="heading">
        Lijst
      </h2>
      {items.map((item, index) => (
        <button
          key={item.id}
          data-focus-key={keyOf(item)}
          onClick={() => {
            focusAfterRemoval(item.id, index);
            setItems((now) => now.filter((x) => x.id !== item.id));
          }}
        >
          Verwijderen {item.id}
        </button>
      ))}
    </section>
  );
}

function removeFocused(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  act(() => button.click());
}

describe('useFocusAfterRemoval', () => {
  it('hands the keyboard to the item now in the removed one’s place', () => {
    render(<List initial={[{ id: 'a' }, { id: 'b' }, { id: 'c' }]} />);
    removeFocused('Verwijderen b');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen c' }));
  });

  it('to the last item when the last one was removed', () => {
    render(<List initial={[{ id: 'a' }, { id: 'b' }]} />);
    removeFocused('Verwijderen b');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen a' }));
  });

  it('to the heading when none is left', () => {
    render(<List initial={[{ id: 'a' }]} />);
    removeFocused('Verwijderen a');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Lijst' }));
  });
});

/** A heading that takes the keyboard after each press of Antwoorden, as a request card's does. */
function Answered() {
  const [answers, setAnswers] = useState(0);
  const ref = useFocusWhen<HTMLHeadingElement>(answers);
  return (
    <>
      <h3 ref={ref} tabIndex={-1}>
        Aanvraag
      </h3>
      <button onClick={() => setAnswers((n) => n + 1)}>Antwoorden</button>
    </>
  );
}

describe('useFocusWhen', () => {
  it('leaves the focus alone while its trigger is falsy, then takes it at each change', () => {
    render(<Answered />);
    const button = screen.getByRole('button', { name: 'Antwoorden' });
    const heading = screen.getByRole('heading', { name: 'Aanvraag' });
    expect(document.activeElement).not.toBe(heading);
    for (let i = 0; i < 2; i += 1) {
      button.focus();
      act(() => button.click());
      expect(document.activeElement).toBe(heading);
    }
  });
});

/** A question that opens in the place of its button, as ConfirmAction's does. */
function Asked() {
  const [open, setOpen] = useState(false);
  const focus = useFocusOnOpenAndClose<HTMLParagraphElement, HTMLButtonElement>(open);
  if (!open) {
    return (
      <button ref={focus.opener} onClick={() => setOpen(true)}>
        Pauzeren
      </button>
    );
  }
  return (
    <>
      <p ref={focus.opened} tabIndex={-1}>
        Zeker?
      </p>
      <button onClick={() => setOpen(false)}>Nee</button>
    </>
  );
}

describe('useFocusOnOpenAndClose', () => {
  it('leaves the focus alone on mount, goes to what opens, and back to its button on close', () => {
    render(<Asked />);
    const opener = screen.getByRole('button', { name: 'Pauzeren' });
    expect(document.activeElement).toBe(document.body);
    opener.focus();
    act(() => opener.click());
    expect(document.activeElement).toBe(screen.getByText('Zeker?'));
    act(() => screen.getByRole('button', { name: 'Nee' }).click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pauzeren' }));
  });
});
