import { useState } from 'react';

import { useLanguage } from '../../app/i18n/use-t';
import type { SummaryItem } from './ErrorSummary';
import { serverError, type ServerErrorInfo } from './server-errors';

/** A problem at one of the form's inputs, under the key the form places it by. */
export interface PlacedProblem {
  field: string;
  message: string;
}

const same = (field: string) => field;

interface FieldProblemsOptions {
  /** The id of the input a key stands for: the summary's link goes there. */
  fieldIdOf?: (key: string) => string;
  /** The name `errorOf` is asked by for a key (the key itself unless the form asks by input id). */
  errorKey?: (key: string) => string;
  /**
   * The input's name in the summary, asked when the summary is drawn (so it follows the form as
   * it is now); null leaves the problem out of the summary (its input is gone).
   */
  labelOf: (key: string) => string | null;
  /** The key for a field the API names (null for a field the form does not have). */
  locate?: (apiField: string) => string | null;
}

/**
 * The form's own message for a refusal: the problems no input shows, or the API's message when it
 * named no field; null when every problem stands at an input.
 */
export function unplacedMessage(
  info: ServerErrorInfo,
  placed: number,
  other: readonly string[],
): string | null {
  return other.length > 0 || placed === 0 ? other.join(' ') || info.message : null;
}

/**
 * What was refused in a form, found before sending (a number that is no number) or by the API:
 * its problems at their inputs and in the ErrorSummary, the form's message when a problem belongs
 * to no input, and the attempt count that moves focus to the summary.
 */
export function useFieldProblems({
  fieldIdOf = same,
  errorKey = same,
  labelOf,
  locate = same,
}: FieldProblemsOptions) {
  const { lang } = useLanguage();
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items: SummaryItem[] = problems.flatMap((p) => {
    const label = labelOf(p.field);
    return label === null ? [] : [{ fieldId: fieldIdOf(p.field), text: `${label}: ${p.message}` }];
  });
  /** Shows a refusal: its problems at their inputs and the form's message. */
  const show = (found: PlacedProblem[], formMessage: string | null) => {
    setProblems(found);
    setMessage(formMessage);
    setAttempt((n) => n + 1);
  };
  return {
    problems,
    /** The props of the ErrorSummary, but for its heading. */
    summary: { message, items, attempt },
    /** The problems at one input, sentence after sentence; undefined when there are none. */
    errorOf: (key: string) =>
      problems
        .filter((p) => errorKey(p.field) === key)
        .map((p) => p.message)
        .join(' ') || undefined,
    clear() {
      setProblems([]);
      setMessage(null);
    },
    /** Drops the problems of inputs that were taken away (a removed line's). */
    forget(gone: (key: string) => boolean) {
      setProblems((now) => now.filter((p) => !gone(p.field)));
    },
    /** Shows the problems found before sending; true when there are any (do not send). */
    refuse(found: PlacedProblem[]): boolean {
      setProblems(found);
      setMessage(null);
      if (found.length === 0) return false;
      setAttempt((n) => n + 1);
      return true;
    },
    show,
    /**
     * Shows the API's refusal; `place` finds the key of a field it names (a sent line → the
     * form's), by default `locate`.
     */
    failed(error: unknown, place: (apiField: string) => string | null = locate) {
      const info = serverError(error, lang);
      const own: PlacedProblem[] = [];
      const other: string[] = [];
      for (const p of info.fields) {
        const field = place(p.field);
        if (field === null) other.push(p.message);
        else own.push({ field, message: p.message });
      }
      show(own, unplacedMessage(info, own.length, other));
    },
  };
}

export type FieldProblems = ReturnType<typeof useFieldProblems>;
