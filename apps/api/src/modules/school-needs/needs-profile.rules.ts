import {
  applicabilityForSchoolType,
  countsInGroepen,
  INTERVENTION_CODES,
  isNeedPriority,
  NEED_NOTE_MAX,
  SCHOOL_GROUP_RANGE,
  type InterventionCode,
  type NeedPriority,
  type ProfileNeed,
  type SchoolType,
} from '@partnerwijzer/domain';
import type { FieldProblem } from '../../common/errors/user-input.error.js';

/** One item as sent by a client, before checking. */
export interface NeedItemDraft {
  interventionCode: string;
  priority: string;
  groups?: readonly number[] | null;
  note?: string | null;
}

/** One checked item, in its stored form. */
export interface NeedItem {
  interventionCode: InterventionCode;
  priority: NeedPriority;
  /** Sorted, distinct; empty = the whole school. */
  groups: number[];
  note: string | null;
}

// Controls other than line feed (a note may have a second line), and the Unicode line and
// paragraph separators and direction overrides that make text show other than it reads.
const FORBIDDEN_IN_NOTE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * Checks a whole profile's items for a school of this type: each problem named by its field
 * (`items[2].groups`), Dutch first then English. Nothing is stored unless the list is empty.
 */
export function checkNeedItems(
  drafts: readonly NeedItemDraft[],
  schoolType: SchoolType,
): { items: NeedItem[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const items: NeedItem[] = [];
  const seen = new Set<string>();
  if (drafts.length > INTERVENTION_CODES.length) {
    problems.push({
      field: 'items',
      message: `hoogstens ${INTERVENTION_CODES.length} soorten hulp (at most ${INTERVENTION_CODES.length} items, one per intervention type)`,
      code: 'TOO_MANY',
      params: { max: INTERVENTION_CODES.length },
    });
    return { items, problems };
  }
  const [lo, hi] = SCHOOL_GROUP_RANGE[schoolType];
  drafts.forEach((d, i) => {
    const at = `items[${i}]`;
    const before = problems.length;
    const code = d.interventionCode as InterventionCode;
    if (!(INTERVENTION_CODES as readonly string[]).includes(d.interventionCode)) {
      problems.push({
        field: `${at}.interventionCode`,
        message: 'onbekende soort hulp (unknown intervention type)',
        code: 'UNKNOWN_VALUE',
      });
    } else if (!applicabilityForSchoolType(code, schoolType).applies) {
      const why = applicabilityForSchoolType(code, schoolType);
      problems.push({
        field: `${at}.interventionCode`,
        message: `geldt niet voor deze school (n.v.t.): ${why.noteNl} (does not apply to this school: ${why.noteEn})`,
        code: 'NOT_FOR_THIS_SCHOOL',
        params: { nl: why.noteNl, en: why.noteEn },
      });
    } else if (seen.has(code)) {
      problems.push({
        field: `${at}.interventionCode`,
        message: 'staat al in het profiel; één regel per soort hulp (already in the profile)',
        code: 'LISTED_TWICE',
      });
    }
    seen.add(code);
    if (!isNeedPriority(d.priority)) {
      problems.push({
        field: `${at}.priority`,
        message: 'kies HIGH (hoog), MEDIUM (middel) of LOW (laag) (choose HIGH, MEDIUM or LOW)',
        code: 'UNKNOWN_VALUE',
      });
    }
    const groups = [...new Set(d.groups ?? [])].sort((a, b) => a - b);
    if (groups.some((g) => !Number.isInteger(g) || g < lo || g > hi)) {
      const word = hi === 8 ? 'groep' : 'leerjaar';
      problems.push({
        field: `${at}.groups`,
        message: `alleen ${word} ${lo}–${hi} voor deze school (only ${word} ${lo}–${hi} for this school)`,
        code: hi === 8 ? 'GROEP_RANGE' : 'LEERJAAR_RANGE',
        params: { min: lo, max: hi },
      });
    }
    const note = d.note?.trim() ? d.note.trim() : null;
    if (note !== null && note.length > NEED_NOTE_MAX) {
      problems.push({
        field: `${at}.note`,
        message: `hoogstens ${NEED_NOTE_MAX} tekens (at most ${NEED_NOTE_MAX} characters)`,
        code: 'TOO_LONG',
        params: { max: NEED_NOTE_MAX },
      });
    } else if (note !== null && FORBIDDEN_IN_NOTE.test(note)) {
      problems.push({
        field: `${at}.note`,
        message:
          'bevat een stuurteken; dat is niet toegestaan (contains a control character, which is not allowed)',
        code: 'CONTROL_CHARACTERS',
      });
    }
    if (problems.length === before) {
      items.push({ interventionCode: code, priority: d.priority as NeedPriority, groups, note });
    }
  });
  // Stored in taxonomy order, so equal profiles read back equal.
  items.sort(
    (a, b) =>
      INTERVENTION_CODES.indexOf(a.interventionCode) -
      INTERVENTION_CODES.indexOf(b.interventionCode),
  );
  return { items: problems.length === 0 ? items : [], problems };
}

/**
 * A profile's items as the need formula reads them (`ProfileNeed`): groups become a groep range
 * for schools that count in groepen; leerjaren and "the whole school" leave it to the
 * applicability table (null).
 */
export function toProfileNeeds(items: readonly NeedItem[], schoolType: SchoolType): ProfileNeed[] {
  const groepen = countsInGroepen(schoolType);
  return items.map((i) => ({
    code: i.interventionCode,
    priority: i.priority,
    groepMin: groepen && i.groups.length > 0 ? Math.min(...i.groups) : null,
    groepMax: groepen && i.groups.length > 0 ? Math.max(...i.groups) : null,
  }));
}
