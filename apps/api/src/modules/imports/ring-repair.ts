import { pointInPolygon, type LinearRing, type Position } from '@partnerwijzer/domain';
import { interiorPoint, ringArea } from './interior-point.js';

// Generalised boundary files (Douglas-Peucker, then rounding to 5 decimals) contain two
// harmless defects that our strict validator rightly calls self-intersections:
// - spikes of zero width: a→b→a, or b lying on a→c while the ring turns back at b;
// - pinches: a ring passing twice through the same vertex (two lobes touching in one point).
// Both enclose no area of their own, so removing the spike and splitting the ring at the
// pinch changes no point's inside/outside answer. Rings that truly cross stay as they are
// and are rejected by validation.

export interface RepairResult {
  geometry: unknown;
  repaired: boolean;
}

type Open = Position[]; // a ring without its closing repeat

export function repairDegenerateRings(input: unknown): RepairResult {
  const unchanged = { geometry: input, repaired: false };
  if (typeof input !== 'object' || input === null) return unchanged;
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  let polygons: LinearRing[][];
  if (type === 'Polygon' && isPolygon(coordinates)) polygons = [coordinates];
  else if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygon)) {
    polygons = coordinates as LinearRing[][];
  } else {
    return unchanged; // not well-formed: validation reports it
  }

  const state = { repaired: false };
  const out: LinearRing[][] = [];
  for (const rings of polygons) out.push(...repairPolygon(rings, state));
  if (!state.repaired) return unchanged;
  const geometry =
    out.length === 1 && type === 'Polygon'
      ? { type: 'Polygon', coordinates: out[0] }
      : { type: 'MultiPolygon', coordinates: out };
  return { geometry, repaired: true };
}

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
  );
}

function isPolygon(rings: unknown): rings is LinearRing[] {
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every((r) => Array.isArray(r) && r.length >= 4 && r.every(isPosition) && isClosed(r))
  );
}

function isClosed(ring: Position[]): boolean {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return a[0] === b[0] && a[1] === b[1];
}

function repairPolygon(rings: LinearRing[], state: { repaired: boolean }): LinearRing[][] {
  const [outer, ...holes] = rings;
  const outerPieces = cleanRing(outer, state);
  const holePieces = holes.flatMap((h) => cleanRing(h, state));
  if (!state.repaired) return [rings];
  if (outerPieces.length === 0) return []; // nothing but spikes: no area

  // The biggest piece is the polygon; another piece is a hole when it lies inside it
  // (an inward lobe) and a polygon of its own otherwise (an outward lobe).
  outerPieces.sort((a, b) => Math.abs(ringArea(close(b))) - Math.abs(ringArea(close(a))));
  const main = close(outerPieces[0]);
  const shells: LinearRing[][] = [[main]];
  for (const piece of outerPieces.slice(1)) {
    const ring = close(piece);
    if (insideShell(ring, main)) shells[0].push(ring);
    else shells.push([ring]);
  }
  for (const piece of holePieces) {
    const ring = close(piece);
    const owner = shells.find((s) => insideShell(ring, s[0])) ?? shells[0];
    owner.push(ring);
  }
  return shells;
}

function insideShell(ring: LinearRing, shell: LinearRing): boolean {
  const p = interiorPoint({ type: 'Polygon', coordinates: [ring] });
  return pointInPolygon(p, { type: 'Polygon', coordinates: [shell] });
}

function close(ring: Open): LinearRing {
  return [...ring.map((p): Position => [p[0], p[1]]), [ring[0][0], ring[0][1]]];
}

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** b→c doubles back along a→b: a zero-width spike at b (same test as the validator). */
function foldsBack(a: Position, b: Position, c: Position): boolean {
  const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  if (cross !== 0) return false;
  return (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;
}

/** The ring's pieces after removing spikes and splitting pinches; [] when no area is left. */
function cleanRing(closed: LinearRing, state: { repaired: boolean }): Open[] {
  return cleanOpen(closed.slice(0, -1), state);
}

function cleanOpen(input: Open, state: { repaired: boolean }): Open[] {
  const v = removeSpikes(input, state);
  if (v.length < 3) {
    if (input.length >= 3) state.repaired = true;
    return [];
  }
  const seen = new Map<string, number>();
  for (let j = 0; j < v.length; j++) {
    const key = `${v[j][0]},${v[j][1]}`;
    const i = seen.get(key);
    if (i !== undefined) {
      state.repaired = true;
      const rest = [...v.slice(0, i + 1), ...v.slice(j + 1)];
      const lobe = v.slice(i, j);
      return [...cleanOpen(rest, state), ...cleanOpen(lobe, state)];
    }
    seen.set(key, j);
  }
  return [v];
}

function removeSpikes(input: Open, state: { repaired: boolean }): Open {
  const v = input.slice();
  let changed = true;
  while (changed && v.length >= 3) {
    changed = false;
    for (let i = 0; i < v.length && v.length >= 3;) {
      const a = v[(i - 1 + v.length) % v.length];
      const b = v[i];
      const c = v[(i + 1) % v.length];
      if (same(a, b)) {
        v.splice(i, 1); // a repeated point: harmless, drop it
        changed = true;
      } else if (same(a, c) || foldsBack(a, b, c)) {
        v.splice(i, 1);
        state.repaired = true;
        changed = true;
        if (i > 0) i--;
      } else {
        i++;
      }
    }
  }
  return v;
}
