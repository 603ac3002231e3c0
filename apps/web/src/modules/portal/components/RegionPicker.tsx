import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useT } from '../../../app/i18n/use-t';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { MUNICIPALITY_SEARCH_QUERY } from '../../../shared/regions/graphql/municipality-search.query';
import { PROVINCES_QUERY } from '../../../shared/regions/graphql/provinces.query';

export interface RegionChoice {
  kind: 'MUNICIPALITY' | 'PROVINCE';
  code: string;
  name: string;
}

interface RegionPickerProps {
  /** Codes already in the draft, shown as added. */
  chosen: ReadonlySet<string>;
  onAdd: (region: RegionChoice) => void;
}

/** A searchable list of municipalities and provinces, each with its own Add button. */
export function RegionPicker({ chosen, onAdd }: RegionPickerProps) {
  const t = useT();
  const c = t.portal.coverage;
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const municipalities = useQuery(MUNICIPALITY_SEARCH_QUERY, {
    variables: { search, first: 20 },
    skip: search === '',
  });
  const provinces = useQuery(PROVINCES_QUERY);
  const lower = search.toLowerCase();
  const results: RegionChoice[] =
    search === ''
      ? []
      : [
          ...(provinces.data?.provinces ?? [])
            .filter((p) => p.name.toLowerCase().startsWith(lower) || p.code.toLowerCase() === lower)
            .map((p) => ({ kind: 'PROVINCE' as const, code: p.code, name: p.name })),
          ...(municipalities.data?.municipalities.nodes ?? []).map((m) => ({
            kind: 'MUNICIPALITY' as const,
            code: m.code,
            name: m.name,
          })),
        ];
  const settled = search !== '' && search === text.trim() && !municipalities.loading;

  return (
    <div className="portal-region-picker">
      <div className="form-field">
        <label htmlFor={`${id}-search`}>{c.regionSearch}</label>
        <p id={`${id}-hint`} className="field-hint">
          {c.regionHint}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-hint ${id}-count`}
          aria-controls={`${id}-results`}
          data-testid="region-search"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p id={`${id}-count`} className="result-count" role="status">
        {settled ? c.regionResults(results.length) : ''}
      </p>
      <ul id={`${id}-results`} className="portal-region-results" data-testid="region-results">
        {results.map((r) => {
          const label =
            r.kind === 'MUNICIPALITY'
              ? `${c.municipality(r.name)} (${r.code})`
              : `${c.province(r.name)} (${r.code})`;
          const isChosen = chosen.has(r.code);
          return (
            <li key={r.code} className="portal-region-result" data-testid="region-option">
              <span>{label}</span>
              {/* Added: unavailable but still focused (aria-disabled), so the keyboard stays
                  in the list for the next one instead of falling to the top of the page. */}
              <BusyButton
                type="button"
                className="button button--small"
                busy={isChosen}
                aria-label={isChosen ? `${label}: ${c.added}` : c.addLabel(label)}
                onClick={() => onAdd(r)}
              >
                {isChosen ? c.added : c.add}
              </BusyButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
