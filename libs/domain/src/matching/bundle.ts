import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';

const STATES = 1 << INTERVENTION_CODES.length;

/**
 * Exact minimum set cover over need bitmasks, for the "bundle" of a match.
 *
 * The bundle is the set of offerings that covers every need any offered candidate meets, with
 * (1) the fewest offerings, then (2) the highest total score (in tenths, so sums are exact),
 * then (3) the smallest list of ids when both are sorted and compared element by element.
 *
 * Why it is exact and cheap:
 * - Only the best candidate per distinct need mask (score desc, then id asc) can be part of
 *   the best bundle: in a bundle with the fewest members no two members share a mask (one
 *   would be redundant), and swapping a member for the best one with the same mask keeps the
 *   count and never makes (2) or (3) worse.
 * - A DP over covered-need states (at most 2^11 = 2048) keeps the best way to reach each
 *   state. States are visited in increasing numeric order; adding a mask that brings a new
 *   need always leads to a larger number. All three criteria are kept when the same member
 *   is added to two partial bundles, so keeping only the best per state loses nothing.
 * - From a state the DP only adds masks that contain its lowest still-uncovered need. The
 *   members of any cover can be added in such an order (some member must cover that need),
 *   so no cover is lost, and the branching drops to the masks holding one given need.
 *
 * Arrays are allocated once per solver and reused for every match.
 */
export class BundleSolver<T> {
  // Best candidate per mask.
  private readonly bestScore = new Int32Array(STATES);
  private readonly bestId: string[] = new Array<string>(STATES).fill('');
  private readonly bestRef: (T | undefined)[] = new Array<T | undefined>(STATES).fill(undefined);
  private readonly touched: number[] = [];
  /** Per need bit: positions in `touched` of the masks that contain it. */
  private readonly byBit: number[][] = INTERVENTION_CODES.map(() => []);
  // DP per covered-need state.
  private readonly count = new Int8Array(STATES);
  private readonly total = new Int32Array(STATES);
  private readonly prev = new Int16Array(STATES);
  private readonly via = new Int16Array(STATES);

  reset(): void {
    for (const m of this.touched) this.bestRef[m] = undefined;
    this.touched.length = 0;
  }

  /** Offers a candidate that meets the needs in `mask` (bits of requested needs only). */
  offer(mask: number, scoreTenths: number, id: string, ref: T): void {
    if (mask === 0) return;
    if (this.bestRef[mask] === undefined) {
      this.touched.push(mask);
    } else if (
      scoreTenths < this.bestScore[mask] ||
      (scoreTenths === this.bestScore[mask] && id >= this.bestId[mask])
    ) {
      return;
    }
    this.bestRef[mask] = ref;
    this.bestScore[mask] = scoreTenths;
    this.bestId[mask] = id;
  }

  /** The best bundle among the offered candidates, covering the union of their masks. */
  solve(): T[] {
    const masks = this.touched;
    let target = 0;
    for (const m of masks) target |= m;
    if (target === 0) return [];
    const { count, total, prev, via, bestScore, bestId, byBit } = this;
    for (const list of byBit) list.length = 0;
    for (let k = 0; k < masks.length; k++) {
      for (let m = masks[k], b = 0; m !== 0; m >>>= 1, b++) if (m & 1) byBit[b].push(k);
    }
    count.fill(-1, 0, target + 1);
    count[0] = 0;
    total[0] = 0;
    for (let s = 0; s < target; s++) {
      if (count[s] < 0 || (s & ~target) !== 0) continue;
      const nextCount = count[s] + 1;
      const open = target & ~s;
      // Index of the lowest uncovered need.
      const candidates = byBit[31 - Math.clz32(open & -open)];
      for (let j = 0; j < candidates.length; j++) {
        const k = candidates[j];
        const m = masks[k];
        const t = s | m;
        const nextTotal = total[s] + bestScore[m];
        const better =
          count[t] < 0 ||
          nextCount < count[t] ||
          (nextCount === count[t] &&
            (nextTotal > total[t] ||
              (nextTotal === total[t] &&
                compareIdLists(this.idsVia(s, bestId[m]), this.idsVia(t)) < 0)));
        if (better) {
          count[t] = nextCount;
          total[t] = nextTotal;
          prev[t] = s;
          via[t] = k;
        }
      }
    }
    const out: T[] = [];
    for (let s = target; s !== 0; s = prev[s]) out.push(this.bestRef[masks[via[s]]] as T);
    return out;
  }

  /** Sorted ids of the bundle stored for `state`, plus `extra` when given. Only used on ties. */
  private idsVia(state: number, extra?: string): string[] {
    const ids: string[] = extra === undefined ? [] : [extra];
    for (let s = state; s !== 0; s = this.prev[s]) ids.push(this.bestId[this.touched[this.via[s]]]);
    return ids.sort(compareIds);
  }
}

/** Plain code-unit order: deterministic and locale-independent. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareIds(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
