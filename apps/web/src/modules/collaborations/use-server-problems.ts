import { useState } from 'react';

import { useLanguage } from '../../app/i18n/use-t';
import type { SummaryItem } from '../../shared/forms/ErrorSummary';
import { serverError, type FieldProblem } from '../../shared/forms/server-errors';

/**
 * What the API refused in a collaborations form, or the form found before sending: its field problems (in the summary and at their
 * fields), the form's message when it names no field, and the attempt count that moves focus to
 * the summary. `fieldIdOf` maps the API's field name to the input to jump to; `errorKey` says
 * which name `errorOf` is asked by (the API's own, unless the form asks by input id);
 * `labelOf` names the field in the summary as its label does (the API's name, e.g. `startsOn`,
 * means nothing to the person filling in the form), the API's name when it has none.
 */
export function useServerProblems(
  fieldIdOf: (field: string) => string,
  errorKey: (field: string) => string = (field) => field,
  labelOf: (field: string) => string | undefined = () => undefined,
) {
  const { lang } = useLanguage();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items: SummaryItem[] = problems.map((p) => ({
    fieldId: fieldIdOf(p.field),
    text: `${labelOf(p.field) ?? p.field}: ${p.message}`,
  }));
  return {
    /** The props of the form's ErrorSummary, but for its heading. */
    summary: { message, items, attempt },
    /** The problems at one field, joined; undefined when there are none. */
    errorOf: (key: string) =>
      problems
        .filter((p) => errorKey(p.field) === key)
        .map((p) => p.message)
        .join('; ') || undefined,
    clear() {
      setProblems([]);
      setMessage(null);
    },
    /**
     * Shows problems found before sending (a number that is no number), by the API's field
     * names, as the API's own would be shown; true when there are any (do not send).
     */
    refuse(found: FieldProblem[]): boolean {
      setProblems(found);
      setMessage(null);
      if (found.length === 0) return false;
      setAttempt((n) => n + 1);
      return true;
    },
    /** Shows the API's refusal; `fieldOf` renames its fields first (a sent line → the form's). */
    failed(error: unknown, fieldOf: (field: string) => string = (field) => field) {
      const info = serverError(error, lang);
      setProblems(info.fields.map((p) => ({ ...p, field: fieldOf(p.field) })));
      setMessage(info.fields.length === 0 ? info.message : null);
      setAttempt((n) => n + 1);
    },
  };
}

export type ServerProblems = ReturnType<typeof useServerProblems>;
