import { QueryError } from '../../../app/components/QueryError';
import { SearchField } from '../../../app/components/SearchField';
import { useT } from '../../../app/i18n/use-t';
import type { useSchools } from '../hooks/use-schools';
import { SchoolItem } from './SchoolItem';

interface SchoolListProps {
  result: ReturnType<typeof useSchools>;
  search: string;
  onSearchChange: (value: string) => void;
  selectedId: string | null;
  onToggle: (vestigingscode: string) => void;
}

export function SchoolList({
  result,
  search,
  onSearchChange,
  selectedId,
  onToggle,
}: SchoolListProps) {
  const t = useT();
  const { schools, totalCount, hasResult, loading, error, refetch } = result;

  return (
    <section className="directory-section" aria-labelledby="scholen-kop">
      <h2 id="scholen-kop" className="directory-section__heading">
        <span className="legend-symbol legend-symbol--school" aria-hidden="true" />
        {t.schools.heading}
      </h2>
      <SearchField
        label={t.schools.searchLabel}
        hint={t.schools.searchHint}
        value={search}
        onChange={onSearchChange}
      />
      <p className="result-count" role="status">
        {loading && !hasResult
          ? t.common.loading
          : hasResult
            ? t.schools.count(schools.length, totalCount)
            : ''}
      </p>
      {error && <QueryError error={error} onRetry={refetch} />}
      <ul className="item-list" data-testid="school-list" aria-busy={loading}>
        {schools.map((school) => (
          <SchoolItem
            key={school.vestigingscode}
            school={school}
            selected={selectedId === school.vestigingscode}
            onToggle={() => onToggle(school.vestigingscode)}
          />
        ))}
      </ul>
      {hasResult && !error && schools.length === 0 && <p className="empty">{t.schools.empty}</p>}
    </section>
  );
}
