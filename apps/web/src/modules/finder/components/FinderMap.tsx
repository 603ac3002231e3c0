import { latLngBounds } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

import { useT } from '../../../app/i18n/use-t';
import {
  BaseMap,
  LegendItem,
  TileNotice,
  useAppMapTiles,
} from '../../../shared/map/components/BaseMap';
import { SchoolPointsLayer } from '../../../shared/map/components/SchoolPointsLayer';
import { SelectableMarker } from '../../../shared/map/components/SelectableMarker';
import type { SchoolPoint } from '../../../shared/map/hooks/use-school-points';
import { NETHERLANDS_BOUNDS, prefersReducedMotion } from '../../../shared/map/utils/geo';
import type { FinderSchool } from '../hooks/use-finder-schools';
import type { FinderMatch } from '../hooks/use-matches';
import { placeName, type FinderPlace } from '../../../shared/finder-state/finder-state';
import { ClusteredMarkers, type MapPoint } from './ClusteredMarkers';
import { CoverageLayer } from '../../../shared/map/components/CoverageLayer';
import { useOfferingCoverage } from '../hooks/use-offering-coverage';

interface FinderMapProps {
  school: FinderSchool | undefined;
  /** The point searched from instead of a school (an address or the browser's location). */
  place: FinderPlace | null;
  /** Every school, as dots to pick from while none is chosen. */
  schoolPoints: readonly SchoolPoint[] | undefined;
  matches: readonly FinderMatch[];
  /** The offering whose coverage is drawn (hovered in the list, or opened). */
  shownOffering: FinderMatch | undefined;
  openOfferingId: string | null;
  onChooseSchool: (vestigingscode: string) => void;
  onOpenOffering: (offeringId: string) => void;
}

const SCHOOL_ZOOM = 11;

/** Moves to the chosen school (or place), and to it plus partner when an offering is opened. */
function FocusView({
  school,
  opened,
}: {
  school: { location: { lat: number; lng: number } } | undefined;
  opened: FinderMatch | undefined;
}) {
  const map = useMap();
  const schoolKey = school ? `${school.location.lat},${school.location.lng}` : undefined;
  const openedKey = opened?.offeringId;
  // Leaflet silently ignores a new view asked for during a zoom animation. A shared link does
  // just that: the school's view starts zooming, the opened offering arrives a moment later.
  const zooming = useRef(false);
  useMapEvents({
    zoomstart: () => {
      zooming.current = true;
    },
    zoomend: () => {
      zooming.current = false;
    },
  });
  useEffect(
    function focus() {
      const animate = !prefersReducedMotion();
      if (!school) return;
      const partner = opened?.organisation.location;
      const move = () => {
        if (partner) {
          const bounds = latLngBounds([
            [school.location.lat, school.location.lng],
            [partner.lat, partner.lng],
          ]);
          map.fitBounds(bounds.pad(0.2), { maxZoom: 13, animate });
        } else {
          map.setView([school.location.lat, school.location.lng], SCHOOL_ZOOM, { animate });
        }
      };
      if (!zooming.current) {
        move();
        return;
      }
      map.once('zoomend', move);
      return () => {
        map.off('zoomend', move);
      };
    },
    // Only a new school or a newly opened offering moves the map.
    [schoolKey, openedKey, map],
  );
  return null;
}

export function FinderMap({
  school,
  place,
  schoolPoints,
  matches,
  shownOffering,
  openOfferingId,
  onChooseSchool,
  onOpenOffering,
}: FinderMapProps) {
  const shownCoverage = useOfferingCoverage(shownOffering?.offeringId);
  const t = useT();
  const tiles = useAppMapTiles();

  const origin = school ?? (place ? { location: place } : undefined);
  const points = useMemo(() => {
    if (!school && !place) return [];
    // One marker per partner location; a click opens its best-ranked offering.
    const byOrganisation = new Map<string, MapPoint & { lat: number; lng: number }>();
    for (const match of matches) {
      const location = match.organisation.location;
      if (!location || byOrganisation.has(match.organisation.id)) continue;
      byOrganisation.set(match.organisation.id, {
        id: match.organisation.id,
        kind: 'partner',
        label: match.organisation.name,
        lat: location.lat,
        lng: location.lng,
        selected: shownOffering?.organisation.id === match.organisation.id,
        onSelect: () => onOpenOffering(match.offeringId),
      });
    }
    return [...byOrganisation.values()];
  }, [school, place, matches, shownOffering, onOpenOffering]);

  const opened = matches.find((m) => m.offeringId === openOfferingId);

  return (
    <div className="map-area finder__map">
      <BaseMap
        view={{ bounds: NETHERLANDS_BOUNDS }}
        label={origin ? t.finder.mapLabel : t.finder.mapSchools}
        testId="map"
        tiles={tiles}
      >
        {shownOffering && (
          <CoverageLayer
            key={shownOffering.offeringId}
            offering={{ coverage: shownCoverage ?? [] }}
            partnerLocation={shownOffering.organisation.location ?? null}
          />
        )}
        {!origin && schoolPoints && (
          <SchoolPointsLayer points={schoolPoints} onSelect={onChooseSchool} />
        )}
        <ClusteredMarkers points={points} />
        {school && (
          <SelectableMarker
            key={school.vestigingscode}
            kind="school"
            lat={school.location.lat}
            lng={school.location.lng}
            label={school.name}
            selected
            onSelect={() => undefined}
          />
        )}
        {place && !school && (
          <SelectableMarker
            key={`${place.lat},${place.lng}`}
            kind="school"
            lat={place.lat}
            lng={place.lng}
            label={placeName(place, t.finderPlace.point)}
            selected
            onSelect={() => undefined}
          />
        )}
        <FocusView school={origin} opened={opened} />
      </BaseMap>
      <div className="map-legend">
        <h2 className="visually-hidden">{t.map.legendLabel}</h2>
        <ul>
          <LegendItem symbol="school">
            {school
              ? t.finder.legendSchool
              : place
                ? t.finderPlace.legend
                : t.finder.legendOtherSchool}
          </LegendItem>
          {origin && <LegendItem symbol="partner">{t.finder.legendPartner}</LegendItem>}
          {origin && <LegendItem symbol="cluster">{t.finder.legendCluster}</LegendItem>}
          {shownOffering && <LegendItem symbol="coverage">{t.finder.legendCoverage}</LegendItem>}
        </ul>
      </div>
      <TileNotice show={tiles.showNotice} />
    </div>
  );
}
