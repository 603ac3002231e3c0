import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { LeaAgreementFieldsFragment } from '../../../generated/graphql';
import { focusByKey, useFocusWhen } from '../../../shared/focus/focus-key';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { itemLabel } from '../../../shared/forms/item-label';
import { serverError } from '../../../shared/forms/server-errors';
import {
  DELETE_LEA_AGREEMENT_MUTATION,
  LEA_AGREEMENTS_QUERY,
} from '../graphql/collaborations.queries';
import { sentenceWithDutch } from '../../../shared/language/DutchText';

/** The keys of an agreement's buttons (focus-key.ts): where the keyboard is handed back to. */
export const agreementKeys = (id: string) => ({
  edit: `agreement-edit-${id}`,
  remove: `agreement-remove-${id}`,
});

interface AgreementItemProps {
  agreement: LeaAgreementFieldsFragment;
  shown: boolean;
  onShow: () => void;
  onEdit: () => void;
  /** Deleted: the list hands the keyboard on once the agreement is gone from it. */
  onDeleted: () => void;
}

/**
 * One agreement of the list: show its coverage, edit it, or delete it after a confirmation
 * step. Its buttons are named with the agreement, so a screen reader's list tells them apart.
 */
export function AgreementItem({
  agreement: x,
  shown,
  onShow,
  onEdit,
  onDeleted,
}: AgreementItemProps) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { lang } = useLanguage();
  const keys = agreementKeys(x.id);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The delete button gives way to the question: the keyboard goes to it.
  const question = useFocusWhen<HTMLParagraphElement>(confirming);
  const [remove, { loading }] = useMutation(DELETE_LEA_AGREEMENT_MUTATION, {
    refetchQueries: [LEA_AGREEMENTS_QUERY],
    awaitRefetchQueries: true,
  });
  async function confirm() {
    setProblem(null);
    try {
      await remove({ variables: { id: x.id } });
      onDeleted();
    } catch (error: unknown) {
      setProblem(serverError(error, lang).message);
    }
  }
  function cancel() {
    setConfirming(false);
    setProblem(null);
    // The delete button is back once the question is gone.
    requestAnimationFrame(() => focusByKey(keys.remove));
  }
  return (
    <li data-testid="agreement-item">
      <button
        type="button"
        className="link-button"
        aria-pressed={shown}
        data-focus-key={`agreement-show-${x.id}`}
        onClick={onShow}
      >
        {sentenceWithDutch(a.show, x.title)}
      </button>{' '}
      ({t.collaborations.period(x.startsOn, x.endsOn)})
      {confirming ? (
        <div className="agreement-confirm" data-testid="agreement-confirm">
          <p ref={question} tabIndex={-1}>
            {sentenceWithDutch(a.confirmRemove, x.title)}
          </p>
          <BusyButton
            className="button button--primary"
            busy={loading}
            aria-label={itemLabel(a.confirmYes, x.title)}
            onClick={() => void confirm()}
          >
            {a.confirmYes}
          </BusyButton>{' '}
          <button
            type="button"
            className="button button--secondary"
            aria-label={itemLabel(a.cancelRemove, x.title)}
            onClick={cancel}
          >
            {a.cancelRemove}
          </button>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      ) : (
        <span className="agreement-actions">
          {' '}
          <button
            type="button"
            className="button button--secondary"
            data-focus-key={keys.edit}
            aria-label={itemLabel(a.edit, x.title)}
            onClick={onEdit}
          >
            {a.edit}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            data-focus-key={keys.remove}
            aria-label={itemLabel(a.remove, x.title)}
            onClick={() => setConfirming(true)}
          >
            {a.remove}
          </button>
        </span>
      )}
    </li>
  );
}
