import { useId } from 'react';

import { useLanguage, useT } from '../../app/i18n/use-t';
import { ErrorSummary } from './ErrorSummary';
import { serverError, splitFieldProblems, type ServerErrorInfo } from './server-errors';
import { unplacedMessage, useFieldProblems } from './use-field-problems';

type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * The problems of a form with a fixed set of fields, one problem a field (found before sending,
 * or named by the API), and the form's message above it (useFieldProblems, with the field's
 * input ids made from the form's id).
 */
export function useFormProblems<F extends string>(fields: readonly F[], labels: Record<F, string>) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const fieldId = (f: F) => `${id}-${f}`;
  const problems = useFieldProblems({
    fieldIdOf: (f) => fieldId(f as F),
    labelOf: (f) => labels[f as F],
  });
  // The problems by field, in the form's order: so are the summary's items.
  const placed = (found: Problems<F>) =>
    fields.flatMap((f) => (found[f] ? [{ field: f, message: found[f] }] : []));
  const errors: Problems<F> = {};
  for (const p of problems.problems) errors[p.field as F] ??= p.message;

  return {
    id,
    fieldId,
    errors,
    summary: problems.summary,
    /** Shows the problems found before sending; true when there are any (do not send). */
    refuse: (found: Problems<F>): boolean => problems.refuse(placed(found)),
    /**
     * Shows the API's refusal: its field problems at the fields, the rest above the form (a rate
     * limit says when to try again). `adjust` may rewrite the field problems, and may return the
     * form's message itself (a string, or null for none).
     */
    failed(
      error: unknown,
      adjust?: (info: ServerErrorInfo, own: Problems<F>) => string | null | void,
    ): void {
      const info = serverError(error, lang);
      const { own, other } = splitFieldProblems(info.fields, fields);
      const message = adjust?.(info, own);
      const formMessage = () => {
        if (message !== undefined) return message;
        if (info.rateLimitedSeconds !== null) {
          return t.auth.form.rateLimited(info.rateLimitedSeconds);
        }
        const unplaced = unplacedMessage(info, Object.keys(own).length, other);
        return unplaced === null ? null : `${t.auth.form.failed} ${unplaced}`;
      };
      problems.show(placed(own), formMessage());
    },
  };
}

export type FormProblems = Pick<ReturnType<typeof useFormProblems>, 'id' | 'summary'>;

/** The form's error summary, from its problems. */
export function ProblemSummary({ problems }: { problems: FormProblems }) {
  const t = useT();
  return <ErrorSummary heading={t.auth.form.summaryHeading} {...problems.summary} />;
}
