import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { PortalOrganisationFragment } from '../../../generated/graphql';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { errorMessage } from '../../../shared/forms/server-errors';
import { RESUBMIT_ORGANISATION_MUTATION } from '../graphql/resubmit-organisation.mutation';
import { sentenceWithDutch } from '../../../shared/language/DutchText';

/**
 * A rejected (or never submitted) organisation, DRAFT: why the administrator rejected it, and
 * the button that puts it back in the administrators' queue once the partner corrected it.
 * Without it a rejected partner waited for a review that never came.
 */
export function ResubmitSection({ organisation }: { organisation: PortalOrganisationFragment }) {
  const t = useT();
  const { lang } = useLanguage();
  const r = t.portal.resubmit;
  const [resubmit, { loading }] = useMutation(RESUBMIT_ORGANISATION_MUTATION);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  // The button goes once the organisation is PENDING: the keyboard goes to what happened.
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(
    function focusMessage() {
      if (message) messageRef.current?.focus();
    },
    [message],
  );

  async function submit() {
    setMessage(null);
    try {
      await resubmit({ variables: { id: organisation.id } });
      setMessage({ kind: 'done', text: r.done });
    } catch (error) {
      setMessage({ kind: 'error', text: `${t.portal.failed} ${errorMessage(error, lang)}` });
    }
  }

  const reason = organisation.rejectionReason;
  return (
    <div data-testid="resubmit">
      {organisation.status === 'DRAFT' && (
        <div className="notice notice--warning">
          <h2>{reason ? r.rejected : r.notSubmitted}</h2>
          {reason && <p data-testid="rejection-reason">{sentenceWithDutch(r.reason, reason)}</p>}
          <p>{r.body}</p>
          <BusyButton
            type="button"
            className="button button--primary"
            busy={loading}
            data-testid="resubmit-organisation"
            onClick={() => void submit()}
          >
            {loading ? r.busy : r.button}
          </BusyButton>
        </div>
      )}
      <div role="status">
        {message && (
          <p
            ref={messageRef}
            tabIndex={-1}
            className={message.kind === 'done' ? 'notice notice--success' : 'notice notice--error'}
          >
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
