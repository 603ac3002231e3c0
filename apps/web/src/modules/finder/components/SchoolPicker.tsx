import { useId, useState, type KeyboardEvent } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useT } from '../../../app/i18n/use-t';
import { useFinderSchools, type FinderSchool } from '../hooks/use-finder-schools';

const SUGGESTIONS = 8;

// An ARIA 1.2 combobox: type, move with the arrow keys, choose with Enter, close with Escape.
interface SchoolPickerProps {
  onChoose: (school: FinderSchool) => void;
  /** Focus the search box on mount (after "choose another school"). */
  autoFocus?: boolean;
}

export function SchoolPicker({ onChoose, autoFocus = false }: SchoolPickerProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const term = useDebouncedValue(text, 200);
  const searched = term.trim().length >= 2;
  const { schools, loading, error, refetch } = useFinderSchools(term, SUGGESTIONS, !searched);
  // A failed search is not an empty one: no "no school found" and no earlier term's schools.
  const failed = searched && error !== undefined;
  const showList = open && searched && text.trim().length >= 2 && !failed;
  // Shown (not only announced) once the answer for what was typed is in and it is empty.
  const nothingFound =
    !loading && !failed && searched && term.trim() === text.trim() && schools.length === 0;
  const listId = `${id}-list`;

  function choose(school: FinderSchool) {
    setOpen(false);
    setText('');
    onChoose(school);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (schools.length === 0 ? -1 : (i + 1) % schools.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (schools.length === 0 ? -1 : (i <= 0 ? schools.length : i) - 1));
    } else if (event.key === 'Enter' && showList) {
      const school = schools[active] ?? (schools.length === 1 ? schools[0] : undefined);
      if (school) {
        event.preventDefault();
        choose(school);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="school-picker">
      <label htmlFor={id}>{t.finder.schoolSearchLabel}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        data-testid="school-search"
        // Only after the user asked for another school, never on page load.
        autoFocus={autoFocus}
        value={text}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t.finder.schoolSearchHint}
      </p>
      <p className="visually-hidden" role="status">
        {showList && !loading ? t.finder.schoolSuggestionsCount(schools.length) : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t.finder.schoolSuggestions}
        className="suggestions"
        hidden={!showList || schools.length === 0}
      >
        {showList &&
          schools.map((school, index) => (
            <li
              key={school.vestigingscode}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'suggestion suggestion--active' : 'suggestion'}
              data-testid="school-option"
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(school);
              }}
            >
              <span className="suggestion__name">{school.name}</span>
              <span className="suggestion__meta">
                {school.address}, {school.postcode} {school.city} · {school.vestigingscode}
              </span>
            </li>
          ))}
      </ul>
      {failed && <QueryError error={error} onRetry={refetch} />}
      {nothingFound && (
        <div className="notice notice--help" data-testid="school-none">
          <p>
            <strong>{t.finder.noSchoolTitle}</strong>
          </p>
          <p>{t.finder.noSchoolHelp}</p>
        </div>
      )}
    </div>
  );
}
