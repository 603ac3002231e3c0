import { QueryError } from '../../../app/components/QueryError';
import { SearchField } from '../../../app/components/SearchField';
import { useT } from '../../../app/i18n/use-t';
import type { useOrganisations } from '../hooks/use-organisations';
import { PartnerItem } from './PartnerItem';

interface PartnerListProps {
  result: ReturnType<typeof useOrganisations>;
  search: string;
  onSearchChange: (value: string) => void;
  selectedId: string | null;
  onToggle: (id: string) => void;
}

export function PartnerList({
  result,
  search,
  onSearchChange,
  selectedId,
  onToggle,
}: PartnerListProps) {
  const t = useT();
  const { organisations, totalCount, hasResult, loading, error, refetch } = result;

  return (
    <section className="directory-section" aria-labelledby="partners-kop">
      <h2 id="partners-kop" className="directory-section__heading">
        <span className="legend-symbol legend-symbol--partner" aria-hidden="true" />
        {t.partners.heading}
      </h2>
      <SearchField
        label={t.partners.searchLabel}
        hint={t.partners.searchHint}
        value={search}
        onChange={onSearchChange}
      />
      <p className="result-count" role="status">
        {loading && !hasResult
          ? t.common.loading
          : hasResult
            ? t.partners.count(organisations.length, totalCount)
            : ''}
      </p>
      {error && <QueryError error={error} onRetry={refetch} />}
      <ul className="item-list" data-testid="partner-list" aria-busy={loading}>
        {organisations.map((organisation) => (
          <PartnerItem
            key={organisation.id}
            organisation={organisation}
            selected={selectedId === organisation.id}
            onToggle={() => onToggle(organisation.id)}
          />
        ))}
      </ul>
      {hasResult && !error && organisations.length === 0 && (
        <p className="empty">{t.partners.empty}</p>
      )}
    </section>
  );
}
