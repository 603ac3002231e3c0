import { useState } from 'react';

import { useLanguage } from '../../../app/i18n/use-t';
import type { SummaryItem } from '../../../shared/forms/ErrorSummary';
import { serverError } from '../../../shared/forms/server-errors';

/** A scenario field that can be refused: the input to jump to and its label as shown. */
export interface ScenarioField {
  fieldId: string;
  label: string;
}

interface Problem extends ScenarioField {
  message: string;
}

/**
 * What was refused when a scenario was run or saved: found before sending (a budget that is no
 * number), or named by the API (`budget`, `candidates[1].costEur`), each at its input and in the
 * summary under the label the form shows; a refusal that names no field is the summary's message.
 * `locate` turns the API's field name into the input; null for a field the form does not have.
 */
export function useScenarioProblems(locate: (apiField: string) => ScenarioField | null) {
  const { lang } = useLanguage();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items: SummaryItem[] = problems.map((p) => ({
    fieldId: p.fieldId,
    text: `${p.label}: ${p.message}`,
  }));
  return {
    /** The props of the ErrorSummary, but for its heading. */
    summary: { message, items, attempt },
    /** The problems at one input, joined; undefined when there are none. */
    errorOf: (fieldId: string) =>
      problems
        .filter((p) => p.fieldId === fieldId)
        .map((p) => p.message)
        .join('; ') || undefined,
    clear() {
      setProblems([]);
      setMessage(null);
    },
    /** Shows the problems found before sending; true when there are any (do not send). */
    refuse(found: Problem[]): boolean {
      setProblems(found);
      setMessage(null);
      if (found.length === 0) return false;
      setAttempt((n) => n + 1);
      return true;
    },
    failed(error: unknown) {
      const info = serverError(error, lang);
      const own: Problem[] = [];
      const other: string[] = [];
      for (const p of info.fields) {
        const field = locate(p.field);
        if (field) own.push({ ...field, message: p.message });
        else other.push(p.message);
      }
      setProblems(own);
      setMessage(other.length > 0 || own.length === 0 ? other.join(' ') || info.message : null);
      setAttempt((n) => n + 1);
    },
  };
}
