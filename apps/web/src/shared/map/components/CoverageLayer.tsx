import { useQuery } from '../../../app/graphql/use-query';
import type { PathOptions } from 'leaflet';
import { Circle, GeoJSON } from 'react-leaflet';

import type { CoverageAreaOutlineFragment } from '../../../generated/graphql';
import { OFFERING_POLYGONS_QUERY } from '../graphql/offering-polygons.query';
import { isAreaGeometry } from '../utils/geo';
import { COVERAGE_STYLE } from '../utils/marker-styles';
import { MUNICIPALITY_BOUNDARY_QUERY } from '../../regions/graphql/municipality-boundary.query';
import { PROVINCE_BOUNDARY_QUERY } from '../../regions/graphql/province-boundary.query';

function MunicipalityOutline({ code, style }: { code: string; style: PathOptions }) {
  const { data } = useQuery(MUNICIPALITY_BOUNDARY_QUERY, { variables: { code } });
  const boundary = data?.municipality.boundary;
  if (!isAreaGeometry(boundary)) return null;
  return <GeoJSON key={code} data={boundary} style={style} interactive={false} />;
}

function ProvinceOutline({ code, style }: { code: string; style: PathOptions }) {
  const { data } = useQuery(PROVINCE_BOUNDARY_QUERY, { variables: { code } });
  const boundary = data?.province.boundary;
  if (!isAreaGeometry(boundary)) return null;
  return <GeoJSON key={code} data={boundary} style={style} interactive={false} />;
}

/**
 * The fields of a coverage area this layer draws from (any query that selects them will do).
 * A polygon without `geometry` is fetched with its offering's other polygons.
 */
export type DrawableCoverageArea = Pick<
  CoverageAreaOutlineFragment,
  'id' | 'kind' | 'municipalityCode' | 'provinceCode' | 'center' | 'radiusKm'
> & { offeringId?: string; geometry?: unknown };

function FetchedPolygon({
  offeringId,
  areaId,
  style,
}: {
  offeringId: string;
  areaId: string;
  style: PathOptions;
}) {
  // One request per offering: its polygons share the query (and Apollo's cache).
  const { data } = useQuery(OFFERING_POLYGONS_QUERY, { variables: { id: offeringId } });
  const geometry = data?.offering.coverage.find((a) => a.id === areaId)?.geometry;
  if (!isAreaGeometry(geometry)) return null;
  return <GeoJSON key={areaId} data={geometry} style={style} interactive={false} />;
}

/**
 * A coverage area drawn from its own data, with no boundary to fetch: a radius (around its
 * centre, else the partner's location) or a polygon. Other kinds, or missing data: nothing.
 */
export function AreaShape({
  area,
  partnerLocation,
  style,
}: {
  area: DrawableCoverageArea;
  partnerLocation: { lat: number; lng: number } | null;
  style: PathOptions;
}) {
  const center = area.center ?? partnerLocation;
  if (area.kind === 'RADIUS' && center && area.radiusKm) {
    return (
      <Circle
        center={[center.lat, center.lng]}
        radius={area.radiusKm * 1000}
        pathOptions={style}
        interactive={false}
      />
    );
  }
  if (area.kind === 'POLYGON' && area.geometry === undefined && area.offeringId) {
    return <FetchedPolygon offeringId={area.offeringId} areaId={area.id} style={style} />;
  }
  if (area.kind === 'POLYGON' && isAreaGeometry(area.geometry)) {
    return <GeoJSON data={area.geometry} style={style} interactive={false} />;
  }
  return null;
}

/** Where one offering reaches schools: outlines, circles and polygons (national: nothing). */
export function CoverageLayer({
  offering,
  partnerLocation,
  style = COVERAGE_STYLE,
}: {
  offering: { coverage: readonly DrawableCoverageArea[] };
  partnerLocation: { lat: number; lng: number } | null;
  style?: PathOptions;
}) {
  return offering.coverage.map((area) => {
    switch (area.kind) {
      case 'RADIUS':
      case 'POLYGON':
        return (
          <AreaShape key={area.id} area={area} partnerLocation={partnerLocation} style={style} />
        );
      case 'MUNICIPALITY':
        return area.municipalityCode ? (
          <MunicipalityOutline key={area.id} code={area.municipalityCode} style={style} />
        ) : null;
      case 'PROVINCE':
        return area.provinceCode ? (
          <ProvinceOutline key={area.id} code={area.provinceCode} style={style} />
        ) : null;
      default:
        return null;
    }
  });
}
