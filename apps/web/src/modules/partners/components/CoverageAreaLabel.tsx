import { useT } from '../../../app/i18n/use-t';
import { useMunicipalityName, useProvinceName } from '../../regions/hooks/use-region-names';
import type { CoverageAreaNode } from '../hooks/use-organisations';

function ProvinceLabel({ code }: { code: string }) {
  const t = useT();
  return <>{t.coverage.PROVINCE(useProvinceName(code))}</>;
}

function MunicipalityLabel({ code }: { code: string }) {
  const t = useT();
  return <>{t.coverage.MUNICIPALITY(useMunicipalityName(code))}</>;
}

/** Coverage in words; RADIUS and POLYGON are also drawn on the map. */
export function CoverageAreaLabel({ area }: { area: CoverageAreaNode }) {
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
