import {
  type AreaGeometry,
  type CoverageAreaSpec,
  isInNetherlands,
  mergeOverlappingParts,
  parseMunicipalityCode,
  parseProvinceCode,
  validateAreaGeometry,
} from '@partnerwijzer/domain';
import type { FieldProblem, ProblemCode } from '../../common/errors/user-input.error.js';
import type { CoverageAreaInput } from './dto/coverage-area.input.js';

/** A drawn or uploaded area's geometry, measured as compact JSON (what is stored). */
export const MAX_GEOMETRY_BYTES = 1_000_000;
export const MAX_RADIUS_KM = 400;
export const MIN_RADIUS_KM = 0.1;
/** A POLYGON area's name (coverage_area.area_label is varchar(120)). */
export const MAX_AREA_LABEL_CHARS = 120;
export const AREA_LABEL_TOO_LONG = `mag hoogstens ${MAX_AREA_LABEL_CHARS} tekens zijn (at most ${MAX_AREA_LABEL_CHARS} characters)`;
const UNMERGEABLE_PARTS =
  'De delen van het multipolygoon overlappen en konden niet worden samengevoegd; voeg ze samen tot één polygoon (the parts of the multipolygon overlap and could not be merged; merge them into one polygon)';

export interface KnownRegions {
  municipality(code: string): boolean;
  province(code: string): boolean;
}

export interface ValidatedArea {
  spec: CoverageAreaSpec;
  note: string | null;
  /** POLYGON: its name (the uploaded file's), trimmed; null when none or another kind. */
  label: string | null;
}

/** Checks every area against its kind; returns all problems at once, each naming its field. */
export function validateCoverageInput(
  areas: readonly CoverageAreaInput[],
  known: KnownRegions,
  field = 'areas',
): { areas: ValidatedArea[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const result: ValidatedArea[] = [];
  areas.forEach((area, i) => {
    const at = `${field}[${i}]`;
    const spec = toSpec(area, at, known, problems);
    const label = spec?.kind === 'POLYGON' ? areaLabelOf(area.areaLabel) : null;
    if (spec) result.push({ spec, note: area.note?.trim() || null, label });
  });
  if (areas.length === 0)
    problems.push({
      field,
      message: 'minstens één werkgebied nodig (at least one area)',
      code: 'AT_LEAST_ONE',
    });
  return { areas: result, problems };
}

function toSpec(
  area: CoverageAreaInput,
  at: string,
  known: KnownRegions,
  problems: FieldProblem[],
): CoverageAreaSpec | null {
  const problem = (f: string, message: string, code: ProblemCode) => {
    problems.push({ field: `${at}.${f}`, message, ...code });
    return null;
  };
  switch (area.kind) {
    case 'NATIONAL':
      return { kind: 'NATIONAL' };
    case 'PROVINCE': {
      const code = parseProvinceCode(area.provinceCode ?? '');
      if (code === null)
        return problem('provinceCode', 'moet de vorm PVxx hebben (must look like PV27)', {
          code: 'INVALID_PROVINCE_CODE',
        });
      if (!known.province(code))
        return problem('provinceCode', `onbekende provincie (unknown province): ${code}`, {
          code: 'NOT_FOUND',
        });
      return { kind: 'PROVINCE', provinceCode: code };
    }
    case 'MUNICIPALITY': {
      const code = parseMunicipalityCode(area.municipalityCode ?? '');
      if (code === null) {
        return problem('municipalityCode', 'moet de vorm GMxxxx hebben (must look like GM0363)', {
          code: 'INVALID_MUNICIPALITY_CODE',
        });
      }
      if (!known.municipality(code)) {
        return problem('municipalityCode', `onbekende gemeente (unknown municipality): ${code}`, {
          code: 'NOT_FOUND',
        });
      }
      return { kind: 'MUNICIPALITY', municipalityCode: code };
    }
    case 'RADIUS': {
      if (!area.center)
        return problem('center', 'verplicht bij RADIUS (required for RADIUS)', {
          code: 'REQUIRED',
        });
      if (!isInNetherlands(area.center))
        return problem('center', 'ligt niet in Nederland (outside the Netherlands)', {
          code: 'OUTSIDE_NETHERLANDS',
        });
      const r = area.radiusKm;
      if (
        r === undefined ||
        r === null ||
        !Number.isFinite(r) ||
        r < MIN_RADIUS_KM ||
        r > MAX_RADIUS_KM
      ) {
        return problem(
          'radiusKm',
          `moet tussen ${MIN_RADIUS_KM} en ${MAX_RADIUS_KM} km liggen (between 0.1 and 400 km)`,
          { code: 'RADIUS_RANGE', params: { min: MIN_RADIUS_KM, max: MAX_RADIUS_KM } },
        );
      }
      const centerLabel = area.centerLabel?.trim();
      return {
        kind: 'RADIUS',
        center: { lat: area.center.lat, lng: area.center.lng },
        radiusKm: r,
        ...(centerLabel ? { centerLabel } : {}),
      };
    }
    case 'POLYGON': {
      if (area.geometry === undefined || area.geometry === null) {
        return problem('geometry', 'verplicht bij POLYGON (required for POLYGON)', {
          code: 'REQUIRED',
        });
      }
      const tooLarge = geometrySizeProblem(area.geometry);
      if (tooLarge) {
        return problem('geometry', tooLarge, {
          code: 'TOO_LARGE_FILE',
          params: { max: `${MAX_GEOMETRY_BYTES / 1_000_000} MB` },
        });
      }
      const checked = validateAreaGeometry(area.geometry);
      if (checked.ok) return polygonSpec(checked.geometry, at, problems);
      // An empty path is the geometry itself (not an object, say): no trailing dot. The geometry
      // check's sentences name the ring and corner: code INVALID shows them as they are.
      for (const e of checked.errors)
        problems.push({
          field: e.path ? `${at}.geometry.${e.path}` : `${at}.geometry`,
          message: e.message,
          code: 'INVALID',
        });
      return null;
    }
    default:
      return problem('kind', 'is geen bekend soort werkgebied (unknown coverage kind)', {
        code: 'UNKNOWN_VALUE',
      });
  }
}

/**
 * The size limit of a drawn or uploaded area, checked before the geometry itself (the portal's
 * input and the HSDS import): its compact JSON at most MAX_GEOMETRY_BYTES. Null when it fits.
 */
export function geometrySizeProblem(geometry: unknown): string | null {
  return JSON.stringify(geometry).length > MAX_GEOMETRY_BYTES
    ? `is groter dan ${MAX_GEOMETRY_BYTES / 1_000_000} MB (larger than ${MAX_GEOMETRY_BYTES / 1_000_000} MB)`
    : null;
}

/** A POLYGON area's name as stored: trimmed, null when blank (the length is checked before). */
export function areaLabelOf(raw: string | null | undefined): string | null {
  return raw?.trim() || null;
}

function polygonSpec(
  geometry: AreaGeometry,
  at: string,
  problems: FieldProblem[],
): CoverageAreaSpec | null {
  const stored = polygonToStore(geometry);
  if (stored.ok) return { kind: 'POLYGON', geometry: stored.geometry };
  problems.push({ field: `${at}.geometry`, message: stored.message, code: 'INVALID' });
  return null;
}

/**
 * A MultiPolygon whose parts overlap (a file of several features, two of which overlap) is
 * stored merged: the same places covered, without the overlap twice, as GeoJSON's simple
 * features want it. Refusing would send the partner to a GIS tool for no gain in coverage.
 * The portal's input and the HSDS import both store a validated geometry through here.
 */
export function polygonToStore(
  geometry: AreaGeometry,
): { ok: true; geometry: AreaGeometry } | { ok: false; message: string } {
  let merged: AreaGeometry;
  try {
    merged = mergeOverlappingParts(geometry);
  } catch {
    merged = geometry; // the clipping gave up on a shape validation accepted: keep it as sent
  }
  if (merged === geometry) return { ok: true, geometry };
  const checked = validateAreaGeometry(merged);
  if (checked.ok) return { ok: true, geometry: checked.geometry };
  return { ok: false, message: UNMERGEABLE_PARTS };
}
