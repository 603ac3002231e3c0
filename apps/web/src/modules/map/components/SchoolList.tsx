import { useT } from '../../../app/i18n/use-t';
import type { useSchools } from '../hooks/use-schools';
import { DirectorySection } from './DirectorySection';
import { SchoolItem } from './SchoolItem';

interface SchoolListProps {
  result: ReturnType<typeof useSchools>;
  search: string;
  onSearchChange: (value: string) => void;
  selectedId: string | null;
  onToggle: (vestigingscode: string) => void;
}

export function SchoolList({ result, selectedId, onToggle, ...search }: SchoolListProps) {
  const t = useT();
  return (
    <DirectorySection
      kind="school"
      headingId="scholen-kop"
      texts={t.schools}
      result={result}
      {...search}
    >
      {(school) => (
        <SchoolItem
          key={school.vestigingscode}
          school={school}
          selected={selectedId === school.vestigingscode}
          onToggle={() => onToggle(school.vestigingscode)}
        />
      )}
    </DirectorySection>
  );
}
