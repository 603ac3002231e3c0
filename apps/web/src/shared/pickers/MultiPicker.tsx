import { useRef, useState } from 'react';

import { useDebouncedValue } from '../../app/hooks/use-debounced-value';
import { FieldNotes, noteIds } from '../forms/FieldNotes';
import { MAX_TERM, MIN_TERM, offered, termOf, type PickerOption } from './picker-keys';
import { useCombobox } from './use-combobox';

export type { PickerOption } from './picker-keys';

/** The texts of a picker, from the using module's messages (Dutch first, English second). */
export interface PickerTexts {
  label: string;
  hint: string;
  chosen: string;
  noneChosen: string;
  suggestions: (label: string) => string;
  found: (n: number) => string;
  nothingFound: (text: string) => string;
  typeMore: string;
  added: (name: string) => string;
  removed: (name: string) => string;
  remove: (name: string) => string;
  searchFailed: string;
}

export interface PickerSearch {
  options: PickerOption[];
  loading: boolean;
  failed: boolean;
}

interface MultiPickerProps {
  /** The input's id: labels, the error summary and tests find the field by it. */
  id: string;
  texts: PickerTexts;
  chosen: readonly PickerOption[];
  onChange: (next: PickerOption[]) => void;
  /** Looks up options for a term ('' = do not search); a hook, called on every render. */
  useSearch: (term: string) => PickerSearch;
  error?: string;
  /** How many may be chosen; the input hides when full. */
  max?: number;
  suggestionCount?: number;
}

/**
 * Several things chosen by name: an ARIA 1.2 combobox (type, ArrowDown/ArrowUp, Enter, Escape;
 * or point at a suggestion) whose choices show as chips, each with a button that names what it
 * removes. Changes are announced in a polite live region.
 */
export function MultiPicker({
  id,
  texts,
  chosen,
  onChange,
  useSearch,
  error,
  max = 20,
  suggestionCount = 8,
}: MultiPickerProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const term = termOf(useDebouncedValue(text, 200));
  const searching = term.length >= MIN_TERM ? term : '';
  const { options: found, loading, failed } = useSearch(searching);
  const options = offered(found, chosen, suggestionCount);
  const current = termOf(text);
  const settled = !loading && searching !== '' && searching === current;
  const full = chosen.length >= max;
  const { open, setOpen, showList, listId, inputProps, optionProps } = useCombobox({
    text,
    setText,
    options,
    ready: settled && options.length > 0,
    onChoose: (option) => {
      onChange([...chosen, option]);
      setAnnouncement(texts.added(option.name));
      inputRef.current?.focus();
    },
  });

  function remove(option: PickerOption) {
    onChange(chosen.filter((c) => c.id !== option.id));
    setAnnouncement(texts.removed(option.name));
    inputRef.current?.focus();
  }

  const status = !open
    ? ''
    : current.length > 0 && current.length < MIN_TERM
      ? texts.typeMore
      : failed && searching === current
        ? texts.searchFailed
        : settled
          ? options.length === 0
            ? texts.nothingFound(current)
            : texts.found(options.length)
          : '';
  const describedBy = [...noteIds(id, texts.hint, error), `${id}-chosen`].join(' ');

  return (
    <div
      className={error ? 'form-field picker form-field--invalid' : 'form-field picker'}
      data-testid={`${id}-picker`}
    >
      <label htmlFor={id}>{texts.label}</label>
      <FieldNotes id={id} hint={texts.hint} error={error} />
      <div id={`${id}-chosen`}>
        <p className="visually-hidden">{texts.chosen}:</p>
        {chosen.length === 0 ? (
          <p className="picker__none">{texts.noneChosen}</p>
        ) : (
          <ul className="picker__chips" aria-label={texts.chosen}>
            {chosen.map((c) => (
              <li key={c.id} className="picker__chip" data-testid="picker-chip">
                <span>
                  {c.name}
                  {c.meta && <span className="picker__meta"> · {c.meta}</span>}
                </span>
                <button
                  type="button"
                  className="picker__remove"
                  aria-label={texts.remove(c.name)}
                  onClick={() => remove(c)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!full && (
        <div className="picker__box">
          <input
            id={id}
            ref={inputRef}
            {...inputProps}
            onKeyDown={(event) => {
              // Enter never submits the form from here: it chooses, or does nothing.
              if (event.key === 'Enter') event.preventDefault();
              inputProps.onKeyDown(event);
            }}
            maxLength={MAX_TERM}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onFocus={() => setOpen(true)}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={texts.suggestions(texts.label)}
            className="suggestions"
            hidden={!showList}
          >
            {showList &&
              options.map((option, index) => (
                <li key={option.id} {...optionProps(index, option)} data-testid="picker-option">
                  <span className="suggestion__name">{option.name}</span>
                  {option.meta && <span className="suggestion__meta">{option.meta}</span>}
                </li>
              ))}
          </ul>
        </div>
      )}
      <p className="picker__status" role="status" data-testid={`${id}-status`}>
        {status}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
