import { useState } from 'react';

import { useLanguage } from '../../../app/i18n/use-t';
import type { SummaryItem } from '../../../shared/forms/ErrorSummary';
import { serverError } from '../../../shared/forms/server-errors';

/** A problem at one of the scenario form's inputs, by the input's id. */
export interface ScenarioProblem {
  fieldId: string;
  message: string;
}

/**
 * What was refused when a scenario was run or saved: found before sending (a budget that is no
 * number), or named by the API (`budget`, `candidates[1].costEur`), each at its input and in the
 * summary under the label the form shows; a refusal that names no field is the summary's message.
 * `locate` turns the API's field name into the input's id (null for a field the form does not
 * have). `labelOf` names an input as the form shows it now, asked when the summary is drawn:
 * after a candidate above is removed, "Kandidaat 3, kosten (euro)" becomes "Kandidaat 2, …"; an
 * input that is gone (null) is left out.
 */
export function useScenarioProblems(
  locate: (apiField: string) => string | null,
  labelOf: (fieldId: string) => string | null,
) {
  const { lang } = useLanguage();
  const [problems, setProblems] = useState<ScenarioProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items: SummaryItem[] = problems.flatMap((p) => {
    const label = labelOf(p.fieldId);
    return label === null ? [] : [{ fieldId: p.fieldId, text: `${label}: ${p.message}` }];
  });
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
    /** Drops the problems of inputs that were taken away (a removed candidate's). */
    forget(gone: (fieldId: string) => boolean) {
      setProblems((now) => now.filter((p) => !gone(p.fieldId)));
    },
    /** Shows the problems found before sending; true when there are any (do not send). */
    refuse(found: ScenarioProblem[]): boolean {
      setProblems(found);
      setMessage(null);
      if (found.length === 0) return false;
      setAttempt((n) => n + 1);
      return true;
    },
    failed(error: unknown) {
      const info = serverError(error, lang);
      const own: ScenarioProblem[] = [];
      const other: string[] = [];
      for (const p of info.fields) {
        const fieldId = locate(p.field);
        if (fieldId) own.push({ fieldId, message: p.message });
        else other.push(p.message);
      }
      setProblems(own);
      setMessage(other.length > 0 || own.length === 0 ? other.join(' ') || info.message : null);
      setAttempt((n) => n + 1);
    },
  };
}
