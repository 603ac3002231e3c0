import { useT } from '../../../app/i18n/use-t';
import { useMunicipalityName, useProvinceName } from '../hooks/use-region-names';
import type { CoverageKind } from '../../../generated/graphql';

/** What the label needs of a coverage area; the finder's and the directory's areas both fit. */
export interface CoverageAreaWords {
  kind: CoverageKind;
  provinceCode?: string | null;
  municipalityCode?: string | null;
  radiusKm?: number | null;
}

function ProvinceLabel({ code }: { code: string }) {
  const t = useT();
  return <>{t.coverage.PROVINCE(useProvinceName(code))}</>;
}

function MunicipalityLabel({ code }: { code: string }) {
  const t = useT();
  return <>{t.coverage.MUNICIPALITY(useMunicipalityName(code))}</>;
}

/** Coverage in words; RADIUS and POLYGON are also drawn on the map. */
export function CoverageAreaLabel({ area }: { area: CoverageAreaWords }) {
  const t = useT();
  switch (area.kind) {
    case 'NATIONAL':
      return <>{t.coverage.NATIONAL()}</>;
    case 'PROVINCE':
      return area.provinceCode ? <ProvinceLabel code={area.provinceCode} /> : null;
    case 'MUNICIPALITY':
      return area.municipalityCode ? <MunicipalityLabel code={area.municipalityCode} /> : null;
    case 'RADIUS':
      return <>{t.coverage.RADIUS(area.radiusKm ?? 0)}</>;
    case 'POLYGON':
      return <>{t.coverage.POLYGON()}</>;
  }
}
