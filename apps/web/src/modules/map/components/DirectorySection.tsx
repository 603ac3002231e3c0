import { Fragment, type ReactNode } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { SearchField } from '../../../app/components/SearchField';
import { useT } from '../../../app/i18n/use-t';
import { isSelected, toggledSelection, type Selection } from '../utils/selection';

/** The texts of one directory list, from the message catalogue. */
export interface DirectoryTexts {
  heading: string;
  searchLabel: string;
  searchHint: string;
  count: (shown: number, total: number) => string;
  empty: string;
}

/** What a list query hook answers, whatever it lists. */
export interface DirectoryResult<T> {
  items: T[];
  totalCount: number;
  hasResult: boolean;
  loading: boolean;
  error?: { message: string } | null;
  refetch: () => unknown;
}

interface DirectorySectionProps<T> {
  kind: 'partner' | 'school';
  /** The heading's id, which labels the section. */
  headingId: string;
  texts: DirectoryTexts;
  result: DirectoryResult<T>;
  search: string;
  onSearchChange: (value: string) => void;
  /** The key of an item, which the selection holds. */
  idOf: (item: T) => string;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** One item, told whether it is selected and how to toggle it. */
  children: (item: T, selected: boolean, onToggle: () => void) => ReactNode;
}

/** One list of the overview page (schools, partners): heading, search, count, items, states. */
export function DirectorySection<T>({
  kind,
  headingId,
  texts,
  result,
  search,
  onSearchChange,
  idOf,
  selection,
  onSelect,
  children,
}: DirectorySectionProps<T>) {
  const t = useT();
  const { items, totalCount, hasResult, loading, error, refetch } = result;

  return (
    <section className="directory-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="directory-section__heading">
        <span className={`legend-symbol legend-symbol--${kind}`} aria-hidden="true" />
        {texts.heading}
      </h2>
      <SearchField
        label={texts.searchLabel}
        hint={texts.searchHint}
        value={search}
        onChange={onSearchChange}
      />
      <p className="result-count" role="status">
        {loading && !hasResult
          ? t.common.loading
          : hasResult
            ? texts.count(items.length, totalCount)
            : ''}
      </p>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <ul className="item-list" data-testid={`${kind}-list`} aria-busy={loading}>
        {items.map((item) => {
          const id = idOf(item);
          return (
            <Fragment key={id}>
              {children(item, isSelected(selection, kind, id), () =>
                onSelect(toggledSelection(selection, { kind, id })),
              )}
            </Fragment>
          );
        })}
      </ul>
      {hasResult && !error && items.length === 0 && <p className="empty">{texts.empty}</p>}
    </section>
  );
}
