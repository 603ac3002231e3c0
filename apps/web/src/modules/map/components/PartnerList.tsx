import { useT } from '../../../app/i18n/use-t';
import type { useOrganisations } from '../hooks/use-organisations';
import { DirectorySection } from './DirectorySection';
import { PartnerItem } from './PartnerItem';

interface PartnerListProps {
  result: ReturnType<typeof useOrganisations>;
  search: string;
  onSearchChange: (value: string) => void;
  selectedId: string | null;
  onToggle: (id: string) => void;
}

export function PartnerList({ result, selectedId, onToggle, ...search }: PartnerListProps) {
  const t = useT();
  return (
    <DirectorySection
      kind="partner"
      headingId="partners-kop"
      texts={t.partners}
      result={result}
      {...search}
    >
      {(organisation) => (
        <PartnerItem
          key={organisation.id}
          organisation={organisation}
          selected={selectedId === organisation.id}
          onToggle={() => onToggle(organisation.id)}
        />
      )}
    </DirectorySection>
  );
}
