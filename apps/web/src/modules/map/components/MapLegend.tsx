import { useT } from '../../../app/i18n/use-t';

export function MapLegend({ showCoverage }: { showCoverage: boolean }) {
  const t = useT();
  return (
    <div className="map-legend">
      <h2 className="visually-hidden">{t.map.legendLabel}</h2>
      <ul>
        <li>
          <span className="legend-symbol legend-symbol--school" aria-hidden="true" />
          {t.map.legendSchool}
        </li>
        <li>
          <span className="legend-symbol legend-symbol--partner" aria-hidden="true" />
          {t.map.legendPartner}
        </li>
        {showCoverage && (
          <li>
            <span className="legend-symbol legend-symbol--coverage" aria-hidden="true" />
            {t.map.legendCoverage}
          </li>
        )}
      </ul>
    </div>
  );
}
