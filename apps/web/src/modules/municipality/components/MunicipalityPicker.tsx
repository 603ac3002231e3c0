import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useT } from '../../../app/i18n/use-t';
import { MUNICIPALITY_SEARCH_QUERY } from '../../../shared/regions/graphql/municipality-search.query';

const CODE = /^GM\d{4}$/;

/** A text field with suggestions: type a name or a code, pick, show. */
export function MunicipalityPicker({
  initial,
  onChoose,
}: {
  initial: string;
  onChoose: (code: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState(false);
  const search = useDebouncedValue(text.trim());
  const { data } = useQuery(MUNICIPALITY_SEARCH_QUERY, {
    variables: {
      search: search === '' || CODE.test(search.toUpperCase()) ? null : search,
      first: 200,
    },
  });
  const options = data?.municipalities.nodes ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    const upper = value.toUpperCase();
    const byName = options.find((m) => m.name.toLowerCase() === value.toLowerCase());
    const code = CODE.test(upper) ? upper : byName?.code;
    setProblem(!code);
    if (code) onChoose(code);
  }

  return (
    <form className="municipality-picker" onSubmit={submit} role="search">
      <label htmlFor={`${id}-input`}>{t.municipality.chooseLabel}</label>
      <input
        id={`${id}-input`}
        list={`${id}-list`}
        value={text}
        autoComplete="off"
        aria-invalid={problem || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <datalist id={`${id}-list`}>
        {options.map((m) => (
          <option key={m.code} value={m.name}>
            {m.code}
          </option>
        ))}
      </datalist>
      <button type="submit" className="button button--primary">
        {t.municipality.choose}
      </button>
      {problem && (
        <p id={`${id}-problem`} className="municipality-picker__problem" role="alert">
          {t.municipality.unknownMunicipality}
        </p>
      )}
    </form>
  );
}
