// Client-side pre-checks of an uploaded GeoJSON file, before the server validates the geometry
// itself (closed rings, self-intersection, inside the Netherlands). The limits are the server's.
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_VERTICES = 5000;

export type Position = [number, number];
export type PolygonCoordinates = Position[][];
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

export type GeoJsonProblem =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'notJson' }
  | { kind: 'noPolygon' }
  | { kind: 'tooManyVertices'; count: number }
  /** Metres of a projected system (RD New, EPSG:28992, as Dutch GIS exports), not degrees. */
  | { kind: 'notWgs84' };

export type GeoJsonRead =
  | { ok: true; geometry: AreaGeometry; vertexCount: number }
  | { ok: false; problem: GeoJsonProblem };

/** Size check first (no need to read a file that is too large). */
export function checkFileSize(bytes: number): GeoJsonProblem | null {
  if (bytes === 0) return { kind: 'empty' };
  if (bytes > MAX_FILE_BYTES) return { kind: 'tooLarge', bytes };
  return null;
}

/**
 * Reads GeoJSON text: a Polygon or MultiPolygon, bare, in a Feature, a FeatureCollection or a
 * GeometryCollection. Other geometries (an office point, a route) are skipped. Several polygons
 * become one MultiPolygon. Numbers after the first two (a height, or XYZM's measure) are
 * dropped. Coordinates are passed on as they are otherwise, so the server can say exactly what
 * is wrong with them.
 */
export function readGeoJson(text: string): GeoJsonRead {
  const size = utf8Length(text);
  const sizeProblem = checkFileSize(text.trim() === '' ? 0 : size);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  const polygons: unknown[][] = [];
  collect(parsed, polygons, 0);
  if (polygons.length === 0) return { ok: false, problem: { kind: 'noPolygon' } };
  const cleaned = polygons.map(dropHeights);
  // Said once for the file: otherwise every position is "outside the Netherlands".
  if (namesOtherCrs(parsed) || cleaned.some(holdsNonDegrees)) {
    return { ok: false, problem: { kind: 'notWgs84' } };
  }
  const vertexCount = cleaned.reduce(
    (sum, rings) => sum + rings.reduce((n, ring) => n + Math.max(ring.length - 1, 0), 0),
    0,
  );
  if (vertexCount > MAX_VERTICES) {
    return { ok: false, problem: { kind: 'tooManyVertices', count: vertexCount } };
  }
  const geometry: AreaGeometry =
    cleaned.length === 1
      ? { type: 'Polygon', coordinates: cleaned[0] }
      : { type: 'MultiPolygon', coordinates: cleaned };
  return { ok: true, geometry, vertexCount };
}

function collect(value: unknown, out: unknown[][], depth: number): void {
  if (depth > 3 || typeof value !== 'object' || value === null) return;
  const node = value as {
    type?: unknown;
    coordinates?: unknown;
    geometry?: unknown;
    features?: unknown;
    geometries?: unknown;
  };
  switch (node.type) {
    case 'Polygon':
      if (Array.isArray(node.coordinates)) out.push(node.coordinates);
      return;
    case 'MultiPolygon':
      if (Array.isArray(node.coordinates)) {
        for (const polygon of node.coordinates) if (Array.isArray(polygon)) out.push(polygon);
      }
      return;
    case 'Feature':
      collect(node.geometry, out, depth + 1);
      return;
    case 'FeatureCollection':
      if (Array.isArray(node.features)) for (const f of node.features) collect(f, out, depth + 1);
      return;
    case 'GeometryCollection':
      if (Array.isArray(node.geometries)) {
        for (const g of node.geometries) collect(g, out, depth + 1);
      }
      return;
    default:
      return;
  }
}

/** A `crs` member (GeoJSON 2008; QGIS and ogr2ogr still write it) naming other than WGS84. */
function namesOtherCrs(json: unknown): boolean {
  const name = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties
    ?.name;
  return typeof name === 'string' && !/CRS84|4326/i.test(name);
}

/** A position no longitude/latitude can be: beyond 180° or 90° (metres, such as RD's). */
function holdsNonDegrees(rings: PolygonCoordinates): boolean {
  return rings.some(
    (ring) =>
      Array.isArray(ring) &&
      ring.some(
        (p) =>
          Array.isArray(p) &&
          typeof p[0] === 'number' &&
          typeof p[1] === 'number' &&
          (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90),
      ),
  );
}

// GeoJSON puts longitude and latitude first whatever follows (RFC 7946 §3.1.1); an area needs
// only those two, so a height (XYZ) or a measure too (XYZM, as GIS exports write) is dropped.
function dropHeights(rings: unknown[]): PolygonCoordinates {
  return rings.map((ring) =>
    Array.isArray(ring)
      ? ring.map((position) =>
          Array.isArray(position) && position.length > 2
            ? (position.slice(0, 2) as Position)
            : (position as Position),
        )
      : (ring as Position[]),
  );
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** "1,2 MB"-style size for messages. */
export function formatBytes(bytes: number, lang: 'nl' | 'en'): string {
  const mb = bytes / 1_000_000;
  return `${mb.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })} MB`;
}
