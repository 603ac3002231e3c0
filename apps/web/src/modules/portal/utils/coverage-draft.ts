import type { CoverageAreaInput, PortalCoverageAreaFragment } from '../../../generated/graphql';
import type { PortalMessages } from '../portal.messages';
import type { FieldProblem } from '../../../shared/forms/server-errors';

export interface LatLng {
  lat: number;
  lng: number;
}

interface DraftBase {
  /** Stable key for React and for error messages while the list changes. */
  key: string;
  note: string | null;
}

// One coverage area as the editor holds it until it is saved (setOfferingCoverage replaces all).
export type DraftArea = DraftBase &
  (
    | { kind: 'NATIONAL' }
    | { kind: 'MUNICIPALITY'; code: string; name: string | null }
    | { kind: 'PROVINCE'; code: string; name: string | null }
    | { kind: 'RADIUS'; center: LatLng; radiusKm: number; centerLabel?: string | null }
    | {
        kind: 'POLYGON';
        geometry: unknown;
        vertexCount: number;
        source: 'saved' | 'drawn' | 'upload';
        fileName: string | null;
      }
  );

let seq = 0;
export function newKey(): string {
  seq += 1;
  return `area-${seq}`;
}

// Generous box around the European Netherlands: the same one the server checks points against.
export function isInNetherlands(p: LatLng): boolean {
  return p.lng >= 3.2 && p.lng <= 7.3 && p.lat >= 50.7 && p.lat <= 53.7;
}

export function vertexCountOf(geometry: unknown): number {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return 0;
  const polygons = (g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]) as unknown[];
  let n = 0;
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue;
    for (const ring of rings) if (Array.isArray(ring)) n += Math.max(ring.length - 1, 0);
  }
  return n;
}

export function fromCoverage(areas: readonly PortalCoverageAreaFragment[]): DraftArea[] {
  return areas.flatMap((a): DraftArea[] => {
    const base = { key: newKey(), note: a.note ?? null };
    switch (a.kind) {
      case 'NATIONAL':
        return [{ ...base, kind: 'NATIONAL' }];
      case 'MUNICIPALITY':
        return a.municipalityCode
          ? [
              {
                ...base,
                kind: 'MUNICIPALITY',
                code: a.municipalityCode,
                name: a.regionName ?? null,
              },
            ]
          : [];
      case 'PROVINCE':
        return a.provinceCode
          ? [{ ...base, kind: 'PROVINCE', code: a.provinceCode, name: a.regionName ?? null }]
          : [];
      case 'RADIUS':
        return a.center && a.radiusKm != null
          ? [
              {
                ...base,
                kind: 'RADIUS',
                center: { ...a.center },
                radiusKm: a.radiusKm,
                centerLabel: a.centerLabel ?? null,
              },
            ]
          : [];
      case 'POLYGON':
        return [
          {
            ...base,
            kind: 'POLYGON',
            geometry: a.geometry,
            vertexCount: vertexCountOf(a.geometry),
            source: 'saved',
            // The uploaded file's name, kept with the area since it was saved.
            fileName: a.areaLabel ?? null,
          },
        ];
      default:
        return [];
    }
  });
}

export function toInput(areas: readonly DraftArea[]): CoverageAreaInput[] {
  return areas.map((a) => {
    const note = a.note ? { note: a.note } : {};
    switch (a.kind) {
      case 'NATIONAL':
        return { kind: 'NATIONAL', ...note };
      case 'MUNICIPALITY':
        return { kind: 'MUNICIPALITY', municipalityCode: a.code, ...note };
      case 'PROVINCE':
        return { kind: 'PROVINCE', provinceCode: a.code, ...note };
      case 'RADIUS':
        return {
          kind: 'RADIUS',
          // Only the two coordinates: a stored centre read back through Apollo also carries
          // __typename, which GeoPointInput refuses (the whole save failed with a 400).
          center: { lat: a.center.lat, lng: a.center.lng },
          radiusKm: a.radiusKm,
          ...(a.centerLabel ? { centerLabel: a.centerLabel } : {}),
          ...note,
        };
      case 'POLYGON':
        return {
          kind: 'POLYGON',
          geometry: a.geometry,
          // The server keeps 120 characters of a name; a longer file name is cut, not refused.
          ...(a.fileName ? { areaLabel: a.fileName.slice(0, 120) } : {}),
          ...note,
        };
    }
  });
}

/** A short name for the list, the map's tooltip and the remove button. */
export function areaLabel(
  area: DraftArea,
  t: PortalMessages['coverage'],
  lang: 'nl' | 'en',
): string {
  switch (area.kind) {
    case 'NATIONAL':
      return t.national;
    case 'MUNICIPALITY':
      return `${t.municipality(area.name ?? area.code)} (${area.code})`;
    case 'PROVINCE':
      return `${t.province(area.name ?? area.code)} (${area.code})`;
    case 'RADIUS': {
      const fmt = (n: number, digits: number) =>
        n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits });
      if (area.centerLabel)
        return t.radiusAround(t.radius(fmt(area.radiusKm, 1)), area.centerLabel);
      return `${t.radius(fmt(area.radiusKm, 1))} · ${fmt(area.center.lat, 4)}, ${fmt(area.center.lng, 4)}`;
    }
    case 'POLYGON':
      if (area.fileName) return t.uploaded(area.fileName);
      return t.drawn(area.vertexCount);
  }
}

export interface AreaProblems {
  /** Problems per area key, for the message next to that area. */
  byKey: Map<string, FieldProblem[]>;
  /** Problems about the list as a whole (e.g. "at least one area"). */
  general: FieldProblem[];
}

// The server names fields `areas[2].geometry.coordinates[0][3]` (its own checks) or
// `areas.2.radiusKm` (input validation); both point at the third area of the list sent.
const AREA_FIELD = /^(?:input\.)?areas(?:\[(\d+)\]|\.(\d+))(?:\.(.*))?$/;

export function problemsByArea(
  problems: readonly FieldProblem[],
  sent: readonly DraftArea[],
): AreaProblems {
  const byKey = new Map<string, FieldProblem[]>();
  const general: FieldProblem[] = [];
  for (const p of problems) {
    const m = AREA_FIELD.exec(p.field);
    const index = m ? Number(m[1] ?? m[2]) : -1;
    const area = sent[index];
    if (!area) {
      general.push(p);
      continue;
    }
    const list = byKey.get(area.key) ?? [];
    list.push({ field: m?.[3] ?? '', message: p.message });
    byKey.set(area.key, list);
  }
  return { byKey, general };
}
