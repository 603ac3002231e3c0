import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';

/**
 * The state and keyboard of an ARIA 1.2 combobox with a listbox popup, for every search box with
 * suggestions: type, ArrowDown/ArrowUp (wrapping), Enter chooses the active suggestion (or the
 * only one), Escape closes; a pointer chooses on mousedown, before the input's blur closes the
 * list. `ready`: the suggestions belong to what is typed now (the list shows only then).
 * `onChoose` returns false when the option cannot be taken: the list then stays as it is.
 */
export function useCombobox<T>({
  text,
  setText,
  options,
  ready,
  onChoose,
}: {
  /** What is typed (the user holds it: the search for the options reads it first). */
  text: string;
  setText: (text: string) => void;
  options: readonly T[];
  ready: boolean;
  onChoose: (option: T) => boolean | void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && ready;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(option: T) {
    if (onChoose(option) === false) return;
    setText('');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => nextActive(event.key, i, options.length));
    } else if (event.key === 'Enter') {
      const option = showList
        ? (options[active] ?? (options.length === 1 ? options[0] : undefined))
        : undefined;
      if (option !== undefined) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return {
    id,
    open,
    setOpen,
    showList,
    listId,
    /** The input's combobox attributes and handlers (its id, label and description are the user's). */
    inputProps: {
      type: 'text',
      role: 'combobox',
      value: text,
      autoComplete: 'off',
      'aria-autocomplete': 'list' as const,
      'aria-expanded': showList,
      'aria-controls': listId,
      'aria-activedescendant': showList && active >= 0 ? optionId(active) : undefined,
      onChange: (event: { target: { value: string } }) => {
        setText(event.target.value);
        setOpen(true);
        setActive(-1);
      },
      onKeyDown,
      onBlur: () => setOpen(false),
    },
    /** The attributes and pointer handler of the suggestion at `index`. */
    optionProps: (index: number, option: T) => ({
      id: optionId(index),
      role: 'option',
      'aria-selected': index === active,
      className: index === active ? 'suggestion suggestion--active' : 'suggestion',
      onMouseDown: (event: MouseEvent) => {
        event.preventDefault();
        choose(option);
      },
    }),
  };
}

/** The active option after ArrowDown/ArrowUp (wrapping around); -1 = none. Other keys keep it. */
export function nextActive(key: string, active: number, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return key === 'ArrowUp' ? (active <= 0 ? count - 1 : active - 1) : active;
}
