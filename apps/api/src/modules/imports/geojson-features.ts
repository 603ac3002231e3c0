import { ImportError } from './import-types.js';

export interface RawFeature {
  /** 1-based position in the FeatureCollection. */
  index: number;
  geometry: unknown;
  /** Reads a property by any of its names, case-insensitively; '' when absent. */
  prop(...names: string[]): string;
  /** A numeric property, or undefined. */
  number(...names: string[]): number | undefined;
}

/** Parses a GeoJSON FeatureCollection (RFC 7946); anything else is a fatal error. */
export function readFeatureCollection(text: string, file: string): RawFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError(
      `${file} is geen geldige JSON (not valid JSON): ${(error as Error).message}`,
    );
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new ImportError(
      `${file} is geen GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]}).`,
    );
  }
  if (hasProjectedCrs(json)) {
    throw new ImportError(
      `${file} gebruikt een ander coördinatenstelsel dan WGS84 (e.g. RD New, EPSG:28992); zet het eerst om naar EPSG:4326 (mapshaper -proj wgs84, of ogr2ogr -t_srs EPSG:4326).`,
    );
  }
  return (collection.features as unknown[]).map((f, i) => toFeature(f, i + 1));
}

function toFeature(raw: unknown, index: number): RawFeature {
  const feature = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    geometry?: unknown;
    properties?: unknown;
  };
  const props =
    typeof feature.properties === 'object' && feature.properties !== null
      ? (feature.properties as Record<string, unknown>)
      : {};
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  const find = (names: string[]): unknown =>
    names.map((n) => lower.get(n.toLowerCase())).find((v) => v !== undefined && v !== null);
  return {
    index,
    geometry: feature.geometry ?? null,
    prop: (...names) => {
      const v = find(names);
      return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
    },
    number: (...names) => {
      const v = find(names);
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
      return Number.isFinite(n) ? n : undefined;
    },
  };
}

function hasProjectedCrs(json: unknown): boolean {
  const crs = (json as { crs?: { properties?: { name?: unknown } } }).crs;
  const name = crs?.properties?.name;
  return typeof name === 'string' && !/(CRS84|4326)/i.test(name);
}
