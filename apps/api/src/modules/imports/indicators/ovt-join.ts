import type { JoinMethod } from '../../indicators/index.js';
import { nameSimilarity } from './name-similarity.js';

// Joins the Inspectie's OVT keys (`00AP|C1`: instellingscode | supervision object) to DUO
// vestigingscodes. The rules, in order (see modules/indicators/README.md):
// 1. exact location: the institution has one BAO location and one OVT row;
// 2. institution: one OVT row, several BAO locations → its value for every location;
// 3. name similarity: several OVT rows → an OVT and a location are paired only when each is
//    the other's clear best name match and the pupil counts (when both known) agree;
// everything else goes to the report as ambiguous or unjoined, never guessed.

export interface JoinSchool {
  vestigingscode: string;
  instellingscode: string;
  name: string;
  pupils: number | null;
}

export interface KeyedRow {
  row: number;
  key: string;
  name: string;
  value: number | null;
  pupils: number | null;
  spread: number | null;
}

export interface Joined {
  source: KeyedRow;
  codes: string[];
  method: Exclude<JoinMethod, 'MANUAL'>;
  /** Dutch reason and English hint worth a line in the report. */
  note?: [string, string];
}

export interface NotJoined {
  source: KeyedRow;
  outcome: 'AMBIGUOUS' | 'UNJOINED' | 'NO_VALUE';
  reason: string;
  hint: string;
}

/** A name pair counts from this similarity on (0–1, Dice on character pairs). */
export const NAME_MIN = 0.6;
/** …and only when it beats every other candidate by this much. */
export const NAME_MARGIN = 0.15;
/** Pupil counts of a name pair may differ by at most this factor. */
export const PUPIL_FACTOR = 2;

export function institutionOf(ovt: string): string {
  return ovt.slice(0, 4);
}

export function joinOvtRows(
  rows: readonly KeyedRow[],
  schools: readonly JoinSchool[],
  /** Pupil counts for the check of rule 3 when the rows have none (another sheet's). */
  checkPupils: ReadonlyMap<string, number> = new Map(),
): { joined: Joined[]; notJoined: NotJoined[] } {
  const locations = new Map<string, JoinSchool[]>();
  for (const s of schools) {
    const list = locations.get(s.instellingscode) ?? [];
    list.push(s);
    locations.set(s.instellingscode, list);
  }
  const byInstitution = new Map<string, KeyedRow[]>();
  for (const r of rows) {
    const list = byInstitution.get(institutionOf(r.key)) ?? [];
    list.push(r);
    byInstitution.set(institutionOf(r.key), list);
  }

  const joined: Joined[] = [];
  const notJoined: NotJoined[] = [];
  for (const [inst, instRows] of byInstitution) {
    const locs = locations.get(inst) ?? [];
    const valued = instRows.filter((r) => r.value !== null);
    for (const r of instRows) {
      if (r.value === null) {
        notJoined.push({
          source: r,
          outcome: 'NO_VALUE',
          reason: 'het bestand geeft voor deze school geen waarde',
          hint: 'no value published for this row (too few pupils or no data)',
        });
      }
    }
    if (locs.length === 0) {
      for (const r of valued) {
        notJoined.push({
          source: r,
          outcome: 'UNJOINED',
          reason: `instelling ${inst} heeft geen actieve BAO-vestiging in de database`,
          hint: 'no active regular primary school (BAO) of this institution; import the DUO schools first, or it closed',
        });
      }
      continue;
    }
    if (instRows.length === 1 && valued.length === 1) {
      const method = locs.length === 1 ? 'EXACT_LOCATION' : 'INSTITUTION';
      joined.push({ source: valued[0]!, codes: locs.map((l) => l.vestigingscode), method });
      continue;
    }
    pairByName(valued, instRows.length, locs, joined, notJoined, checkPupils);
  }
  joined.sort((a, b) => a.source.row - b.source.row);
  notJoined.sort((a, b) => a.source.row - b.source.row);
  return { joined, notJoined };
}

function pairByName(
  rows: readonly KeyedRow[],
  /** The institution's rows in the file, those without a value included (rule 1 counts them). */
  rowsInFile: number,
  locs: readonly JoinSchool[],
  joined: Joined[],
  notJoined: NotJoined[],
  checkPupils: ReadonlyMap<string, number>,
): void {
  const sim = rows.map((r) => locs.map((l) => nameSimilarity(r.name, l.name)));
  const candidates = locs.map((l) => `${l.vestigingscode} ${l.name}`).join(', ');
  // A row without a value still makes the institution's rows several (no exact join), so the
  // report counts it and says how many have a value.
  const withValue = rows.length < rowsInFile ? ` (${rows.length} met een waarde)` : '';
  const withValueEn = rows.length < rowsInFile ? ` (${rows.length} with a value)` : '';
  rows.forEach((r, i) => {
    const mine = sim[i]!;
    const order = mine.map((s, j) => [s, j] as const).sort((a, b) => b[0] - a[0]);
    const [best, j] = order[0]!;
    const second = order[1]?.[0] ?? 0;
    const rivals = sim.map((row) => row[j]!).filter((_, k) => k !== i);
    const rival = rivals.length > 0 ? Math.max(...rivals) : 0;
    const loc = locs[j]!;
    const pupils = r.pupils ?? checkPupils.get(r.key) ?? null;
    const ambiguous = (reason: string, hint: string) =>
      notJoined.push({ source: r, outcome: 'AMBIGUOUS', reason, hint });

    if (best < NAME_MIN) {
      ambiguous(
        `${rowsInFile} rijen voor instelling ${institutionOf(r.key)}${withValue} en geen vestiging met een gelijkende naam (beste ${best.toFixed(2)}); kandidaten: ${candidates}`,
        `${rowsInFile} rows for this institution${withValueEn} and no location with a similar name; set the value by hand`,
      );
    } else if (best - second < NAME_MARGIN || best - rival < NAME_MARGIN) {
      ambiguous(
        `naam lijkt even goed op meer dan één vestiging of rij (${best.toFixed(2)} tegen ${Math.max(second, rival).toFixed(2)}); kandidaten: ${candidates}`,
        'the name matches more than one location or row about equally well; set the value by hand',
      );
    } else if (
      pupils !== null &&
      loc.pupils !== null &&
      Math.max(pupils, loc.pupils) > PUPIL_FACTOR * Math.max(1, Math.min(pupils, loc.pupils))
    ) {
      ambiguous(
        `naam lijkt op ${loc.vestigingscode} ${loc.name}, maar de leerlingaantallen verschillen te veel (${pupils} tegen ${loc.pupils})`,
        'name matches but the pupil counts differ by more than a factor 2; check and set the value by hand',
      );
    } else {
      joined.push({
        source: r,
        codes: [loc.vestigingscode],
        method: 'NAME_SIMILARITY',
        note: [
          `naam ${best.toFixed(2)} gelijk aan ${loc.name}${pupils === null || loc.pupils === null ? '; leerlingaantal niet gecontroleerd (ontbreekt)' : ''}`,
          pupils === null || loc.pupils === null
            ? 'joined by name; pupil counts not checked (none in this sheet)'
            : 'joined by name; pupil counts agree within a factor 2',
        ],
      });
    }
  });
}
