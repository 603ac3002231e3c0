import { useT } from '../../../app/i18n/use-t';
import { LegendItem } from '../../../shared/map/components/BaseMap';

export function MapLegend({ showCoverage }: { showCoverage: boolean }) {
  const t = useT();
  return (
    <div className="map-legend">
      <h2 className="visually-hidden">{t.map.legendLabel}</h2>
      <ul>
        <LegendItem symbol="school">{t.map.legendSchool}</LegendItem>
        <LegendItem symbol="partner">{t.map.legendPartner}</LegendItem>
        {showCoverage && <LegendItem symbol="coverage">{t.map.legendCoverage}</LegendItem>}
      </ul>
    </div>
  );
}
