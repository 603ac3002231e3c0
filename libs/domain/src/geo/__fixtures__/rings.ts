import type { Position } from '../geo-types.js';
import { validateAreaGeometry } from '../validate-geometry.js';

// Rings and helpers shared by the geometry specs (and any spec that needs a box-shaped area).

/** A closed box ring from its corners, west/south/east/north. */
export const box = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** The shell most cases start from: a 0.1° square near Utrecht. */
export const square = box(5, 52, 5.1, 52.1);

/** A Polygon of any rings, valid or not. */
export const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });

/** Its first and third sides cross. */
export const bowTie: Position[] = [
  [5, 52],
  [5.1, 52.1],
  [5.1, 52],
  [5, 52.1],
  [5, 52],
];

/** Its third side doubles back over its second. */
export const spike: Position[] = [
  [5, 52],
  [5.1, 52],
  [5.2, 52],
  [5.15, 52],
  [5.1, 52.1],
  [5, 52],
];

/** The errors of an input the check must refuse. */
export function errorsOf(input: unknown, opts?: { maxVertices?: number }) {
  const r = validateAreaGeometry(input, opts);
  if (r.ok) throw new Error('expected validation to fail');
  return r.errors;
}
