import { useMutation, useQuery } from '@apollo/client/react';
import {
  applicabilityForSchoolType,
  NEED_NOTE_MAX,
  SCHOOL_GROUP_RANGE,
  schoolYearOf,
  type SchoolType,
} from '@partnerwijzer/domain/client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { InterventionCode, NeedPriority } from '../../../generated/graphql';
import { Checkbox } from '../../../shared/forms/Checkbox';
import { ErrorSummary } from '../../../shared/forms/ErrorSummary';
import { serverError } from '../../../shared/forms/server-errors';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import {
  SCHOOL_NEEDS_PROFILE_QUERY,
  SET_SCHOOL_NEEDS_PROFILE_MUTATION,
} from '../graphql/school-needs-profile.query';
import { BusyButton } from '../../../shared/forms/BusyButton';

const PRIORITIES: NeedPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

interface Row {
  chosen: boolean;
  priority: NeedPriority;
  groups: number[];
  note: string;
}

type Rows = Partial<Record<InterventionCode, Row>>;

/** What is being typed for one school year and not saved yet. */
interface Draft {
  rows: Rows;
  visible: boolean;
}

const EMPTY_ROW: Row = { chosen: false, priority: 'MEDIUM', groups: [], note: '' };

/** The school's needs profile for one school year: edit, opt in, save (school staff). Its
 * section is named by its heading and the school's (`schoolHeadingId`): an account with several
 * schools has one such section per school. */
export function NeedsProfileEditor({
  vestigingscode,
  schoolHeadingId,
}: {
  vestigingscode: string;
  schoolHeadingId: string;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const s = t.schoolAccount.needs;
  const m = t.needsProfile;
  const id = useId();
  const current = schoolYearOf(new Date());
  const next = `${Number(current.slice(0, 4)) + 1}-${Number(current.slice(0, 4)) + 2}`;
  const [schoolYear, setSchoolYear] = useState(current);
  const taxonomy = useInterventionTypes();
  const { data, loading, error, refetch } = useQuery(SCHOOL_NEEDS_PROFILE_QUERY, {
    variables: { vestigingscode, schoolYear },
    fetchPolicy: 'cache-and-network',
  });
  const [save, saving] = useMutation(SET_SCHOOL_NEEDS_PROFILE_MUTATION);
  const [rows, setRows] = useState<Rows>({});
  const [visible, setVisible] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [problems, setProblems] = useState<{ fieldId: string; text: string }[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Unsaved edits: switching to the other school year and back keeps them (per year), and a
  // newer stored profile arriving meanwhile does not overwrite what is being typed.
  const [dirty, setDirty] = useState(false);
  const drafts = useRef<Partial<Record<string, Draft>>>({});
  const shownYear = useRef<string | null>(null);

  const profile = data?.schoolNeedsProfile;
  const loadedFor = data ? `${schoolYear}:${profile?.updatedAt ?? 'none'}` : null;
  useEffect(
    function fillFromStoredProfile() {
      if (loadedFor === null) return;
      const sameYear = shownYear.current === schoolYear;
      shownYear.current = schoolYear;
      if (sameYear && dirty) return;
      const draft = drafts.current[schoolYear];
      if (draft) {
        setRows(draft.rows);
        setVisible(draft.visible);
        setDirty(true);
        return;
      }
      setDirty(false);
      const next: Rows = {};
      for (const item of profile?.items ?? []) {
        next[item.interventionCode] = {
          chosen: true,
          priority: item.priority,
          groups: [...item.groups],
          note: item.note ?? '',
        };
      }
      setRows(next);
      setVisible(profile?.visibleToPartners ?? false);
    },
    // Refill only when another year or a newer stored profile arrives.
    [loadedFor],
  );

  const schoolType = data?.school.schoolType as SchoolType | undefined;
  const ordered = [...taxonomy.types].sort((a, b) => a.sortOrder - b.sortOrder);
  const [lo, hi] = schoolType ? SCHOOL_GROUP_RANGE[schoolType] : [1, 8];
  const groupWord = hi === 8 ? s.groepen : s.leerjaren;

  function patch(code: InterventionCode, change: Partial<Row>) {
    setSaved(false);
    setDirty(true);
    setRows((all) => ({ ...all, [code]: { ...EMPTY_ROW, ...all[code], ...change } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!data || ordered.length === 0) {
      // The stored profile or the list of needs has not loaded: the form then holds less than
      // is stored, and saving would replace the stored profile with it.
      setProblems([]);
      setFormError(s.notLoaded);
      setAttempt((n) => n + 1);
      return;
    }
    const chosen = ordered.filter((type) => rows[type.code]?.chosen);
    const items = chosen.map((type) => {
      const row = rows[type.code]!;
      return {
        interventionCode: type.code,
        priority: row.priority,
        groups: row.groups,
        note: row.note.trim() === '' ? null : row.note,
      };
    });
    try {
      await save({
        variables: {
          input: { vestigingscode, schoolYear, visibleToPartners: visible, items },
        },
      });
      setProblems([]);
      setFormError(null);
      setSaved(true);
      delete drafts.current[schoolYear];
      setDirty(false);
      void refetch();
    } catch (err) {
      const info = serverError(err, lang);
      setProblems(
        info.fields.map((f) => {
          const index = /items\[(\d+)\]/.exec(f.field)?.[1];
          const code = index === undefined ? undefined : chosen[Number(index)]?.code;
          const label = code ? taxonomy.needLabel(code) : f.field;
          return {
            fieldId: code ? `${id}-${code}` : `${id}-year`,
            text: `${label}: ${f.message.replace(/^[^:]*:\s*/, '')}`,
          };
        }),
      );
      setFormError(info.fields.length === 0 ? info.message : null);
      setAttempt((n) => n + 1);
    }
  }

  return (
    <section
      className="account-section needs-editor"
      aria-labelledby={`${id}-heading ${schoolHeadingId}`}
    >
      <h3 id={`${id}-heading`}>{s.heading}</h3>
      <p className="notice" id={`${id}-privacy`}>
        {s.privacy}
      </p>
      {taxonomy.error && <QueryError error={taxonomy.error} onRetry={taxonomy.refetch} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${id}-privacy`}>
        <ErrorSummary
          heading={s.problemsHeading}
          message={formError}
          items={problems}
          attempt={attempt}
        />
        <div className="form-field">
          <label htmlFor={`${id}-year`}>{s.schoolYear}</label>
          <select
            id={`${id}-year`}
            value={schoolYear}
            onChange={(e) => {
              if (dirty) drafts.current[schoolYear] = { rows, visible };
              setSaved(false);
              setSchoolYear(e.target.value);
            }}
          >
            <option value={current}>{current}</option>
            <option value={next}>{next}</option>
          </select>
        </div>
        {loading && !data && <p role="status">{s.loading}</p>}
        <fieldset className="needs-editor__types">
          <legend>{s.typesLegend}</legend>
          <p className="field-hint">{s.typesHint}</p>
          <ul className="needs-editor__list">
            {ordered.map((type) => {
              const code = type.code;
              const row = rows[code] ?? EMPTY_ROW;
              const rowId = `${id}-${code}`;
              const applies = schoolType ? applicabilityForSchoolType(code, schoolType) : null;
              const label = lang === 'en' ? type.labelEn : type.labelNl;
              if (applies && !applies.applies) {
                return (
                  <li key={code} className="needs-editor__row needs-editor__row--na">
                    <span>{label}</span>{' '}
                    <span className="field-hint">
                      {s.notApplicable}: {lang === 'en' ? applies.noteEn : applies.noteNl}
                    </span>
                  </li>
                );
              }
              return (
                <li key={code} className="needs-editor__row" data-testid="needs-row">
                  <Checkbox
                    id={rowId}
                    label={label}
                    checked={row.chosen}
                    onCheckedChange={(chosen) => patch(code, { chosen })}
                  />
                  {row.chosen && (
                    <div className="needs-editor__details">
                      <div className="form-field">
                        <label htmlFor={`${rowId}-priority`}>
                          {m.priorityLabel}
                          <span className="visually-hidden"> {s.forNeed(label)}</span>
                        </label>
                        <select
                          id={`${rowId}-priority`}
                          value={row.priority}
                          onChange={(e) =>
                            patch(code, { priority: e.target.value as NeedPriority })
                          }
                        >
                          {PRIORITIES.map((p) => (
                            <option key={p} value={p}>
                              {m.priority[p]}
                            </option>
                          ))}
                        </select>
                      </div>
                      <fieldset className="needs-editor__groups">
                        <legend>{groupWord(label)}</legend>
                        {Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).map((g) => (
                          <span key={g} className="checkbox checkbox--inline">
                            <input
                              id={`${rowId}-g${g}`}
                              type="checkbox"
                              checked={row.groups.includes(g)}
                              onChange={(e) =>
                                patch(code, {
                                  groups: e.target.checked
                                    ? [...row.groups, g].sort((a, b) => a - b)
                                    : row.groups.filter((x) => x !== g),
                                })
                              }
                            />
                            <label htmlFor={`${rowId}-g${g}`}>{g}</label>
                          </span>
                        ))}
                      </fieldset>
                      <div className="form-field">
                        <label htmlFor={`${rowId}-note`}>
                          {s.note}
                          <span className="visually-hidden"> {s.forNeed(label)}</span>{' '}
                          <span className="form-field__optional">{s.optional}</span>
                        </label>
                        <p id={`${rowId}-note-hint`} className="field-hint">
                          {s.noteHint(NEED_NOTE_MAX)}
                        </p>
                        <textarea
                          id={`${rowId}-note`}
                          rows={2}
                          maxLength={NEED_NOTE_MAX}
                          value={row.note}
                          aria-describedby={`${rowId}-note-hint ${id}-privacy`}
                          onChange={(e) => patch(code, { note: e.target.value })}
                        />
                      </div>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <Checkbox
          id={`${id}-visible`}
          label={s.visible}
          checked={visible}
          aria-describedby={`${id}-visible-hint`}
          onCheckedChange={(checked) => {
            setSaved(false);
            setDirty(true);
            setVisible(checked);
          }}
        />
        <p id={`${id}-visible-hint`} className="field-hint">
          {s.visibleHint}
        </p>
        <BusyButton type="submit" className="button button--primary" busy={saving.loading}>
          {saving.loading ? s.saving : s.save}
        </BusyButton>
        <p role="status" className="needs-editor__saved" data-testid="needs-saved">
          {saved ? s.saved(schoolYear) : ''}
        </p>
      </form>
    </section>
  );
}
