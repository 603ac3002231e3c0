import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';

import { useLanguage, useT } from '../../app/i18n/use-t';
import type { Messages } from '../../app/i18n/nl';
import type { ContactRequestFieldsFragment, ContactRequestStatus } from '../../generated/graphql';
import { formatDateTime } from '../format/format-date';
import { ReasonForm } from '../forms/ReasonForm';
import { serverError, type FieldProblem } from '../forms/server-errors';
import { useReasonForm } from '../forms/use-reason-form';
import { SET_CONTACT_REQUEST_STATUS_MUTATION } from './graphql/set-contact-request-status.mutation';
import { CONTACT_REQUEST_UNREAD_COUNT_QUERY } from './graphql/unread-count.query';
import { Fact } from '../facts/Fact';
import { StatusFact } from './StatusBadge';
import { BusyButton } from '../forms/BusyButton';
import { itemLabel } from '../forms/item-label';
import { useFocusWhen } from '../focus/focus-key';
import { DutchText } from '../language/DutchText';

interface ContactRequestCardProps {
  request: ContactRequestFieldsFragment;
  /** The answer holds. `alreadyAnswered`: it held before (the same answer from another tab, the
   * mailed link or a colleague), so nothing was saved again and the school got no second mail;
   * the card says so, and the page may announce it (`alreadyAnsweredMessage`). */
  onChanged: (status: ContactRequestStatus, alreadyAnswered: boolean) => void;
  /** How a status is saved; default: the signed-in partner's setContactRequestStatus. The
   * answer page of a partner without an account passes its mailed-link mutation here, resolving
   * to the API's `alreadyAnswered`. Every answer carries the status this card shows
   * (`expectedStatus`): the API refuses it when the request was answered otherwise meanwhile
   * (another tab, the mailed link, a colleague). */
  answer?: (
    status: ContactRequestStatus,
    reason: string | null,
    expectedStatus: ContactRequestStatus,
  ) => Promise<boolean>;
  /** False when the page shows the already-given notice itself (the mailed link's page, in its
   * own notice under the card); default: the card shows it. */
  showsAlreadyAnswered?: boolean;
  /** The answer was refused because the request changed meanwhile: load it again. The card
   * shows why (`message`, in the reader's language); the page may announce it too. */
  onStale: (message: string) => void;
  /** Shown for an unread request in the inbox. */
  onMarkRead?: () => void;
}

/** What the card (and the page's announcement) says when the answer had already been given. */
export function alreadyAnsweredMessage(status: ContactRequestStatus, i: Messages['inbox']): string {
  return i.alreadyAnswered(i.status[status]);
}

/** Why an answer was refused as stale, naming the status the request has now (the API's
 * `params.current`); the server's own words when it names none. */
function staleMessage(problem: FieldProblem, i: Messages['inbox']): string {
  const current = problem.params?.current;
  return typeof current === 'string' && current in i.status
    ? i.stale(i.status[current as ContactRequestStatus])
    : problem.message;
}

/** One request in the partner's inbox (or behind the mailed answer link), with the ways to respond. */
export function ContactRequestCard({
  request,
  onChanged,
  answer,
  onStale,
  onMarkRead,
  showsAlreadyAnswered = true,
}: ContactRequestCardProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const declining = useReasonForm(id);
  const [failure, setFailure] = useState<string | null>(null);
  // The status whose answer had been given already (a repeat): the card says so until the next answer.
  const [repeated, setRepeated] = useState<ContactRequestStatus | null>(null);
  const [setStatus, { loading: saving }] = useMutation(SET_CONTACT_REQUEST_STATUS_MUTATION, {
    refetchQueries: answer ? [] : [CONTACT_REQUEST_UNREAD_COUNT_QUERY],
  });
  const [answering, setAnswering] = useState(false);
  const loading = saving || answering;
  const i = t.inbox;
  // The inbox repeats each button once per request: their names say which request, with its
  // kenmerk (the same school may ask for the same offering more than once).
  const named = (name: string) => i.withReference(name, request.reference);
  const about = named(i.requestAbout(request.schoolName, request.offeringTitle));
  // Answering removes the pressed button (or the decline form, or Markeer als gelezen): the
  // keyboard goes to the request's heading, not to the top of the page.
  const [handOn, setHandOn] = useState(0);
  const titleRef = useFocusWhen<HTMLHeadingElement>(handOn);

  async function change(status: ContactRequestStatus, why?: string) {
    setFailure(null);
    setRepeated(null);
    const expectedStatus = request.status;
    try {
      let alreadyAnswered: boolean;
      if (answer) {
        setAnswering(true);
        try {
          alreadyAnswered = await answer(status, why ?? null, expectedStatus);
        } finally {
          setAnswering(false);
        }
      } else {
        const result = await setStatus({
          variables: { contactRequestId: request.id, status, reason: why ?? null, expectedStatus },
        });
        alreadyAnswered = result.data?.setContactRequestStatus.alreadyAnswered === true;
      }
      declining.setOpen(false);
      declining.setReason('');
      if (alreadyAnswered) setRepeated(status);
      setHandOn((n) => n + 1);
      onChanged(status, alreadyAnswered);
    } catch (error) {
      const info = serverError(error, lang);
      const stale = info.fields.find((f) => f.field === 'expectedStatus');
      if (stale) {
        // Answered meanwhile: nothing was saved. Say what it is now and reload the request.
        const message = staleMessage(stale, i);
        declining.setOpen(false);
        setFailure(message);
        setHandOn((n) => n + 1);
        onStale(message);
        return;
      }
      const field = info.fields.find((f) => f.field === 'reason');
      if (field) declining.setError(field.message);
      else setFailure(`${i.failed} ${info.message}`);
    }
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    const reason = declining.checked(i.declineForm.required);
    if (reason !== null) void change('DECLINED', reason);
  }

  const actions: { status: ContactRequestStatus; label: string }[] = [
    { status: 'ACCEPTED' as const, label: i.accept },
    { status: 'IN_CONVERSATION' as const, label: i.inConversation },
    { status: 'STARTED' as const, label: i.started },
  ].filter((a) => a.status !== request.status);

  return (
    <li className="card" data-testid="inbox-request" data-request-id={request.id}>
      <h2 className="card__title" id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {i.requestHeading(request.schoolName)}
        {!request.readAt && (
          <>
            {' '}
            <span className="status-badge status-badge--REQUESTED" data-testid="request-unread">
              {i.unread}
            </span>
          </>
        )}
      </h2>
      {/* A row per fact (label above its value on a phone): wrapped inline, a label ended one
          line and its value began the next, and the facts ran together. */}
      <dl className="facts">
        <dt>{i.reference}</dt>
        <dd data-testid="request-reference">{request.reference}</dd>
        <StatusFact label={i.statusLabel} status={request.status} />
        <Fact term={i.offering}>
          <span lang="nl">{request.offeringTitle}</span>
        </Fact>
        <dt>{i.from}</dt>
        <dd>
          {request.senderName} (
          <a
            href={`mailto:${request.senderEmail}`}
            aria-label={itemLabel(request.senderEmail, named(i.reply))}
          >
            {request.senderEmail}
          </a>
          )
        </dd>
        <Fact term={i.received}>{formatDateTime(request.createdAt, lang)}</Fact>
      </dl>
      <h3 className="visually-hidden">{i.message}</h3>
      <p className="card__message" lang="nl">
        {request.message}
      </p>
      {request.status === 'DECLINED' && request.statusReason && (
        <p>
          <strong>{i.reason}:</strong> <DutchText>{request.statusReason}</DutchText>
        </p>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {repeated && showsAlreadyAnswered && (
        // Announced by the page's own status line (the inbox's), not a second time here.
        <p className="notice" data-testid="request-already-answered">
          {alreadyAnsweredMessage(repeated, i)}
        </p>
      )}
      <div
        className="card__actions"
        role="group"
        aria-label={named(i.actionsLabel(request.schoolName))}
      >
        {onMarkRead && !request.readAt && (
          <button
            type="button"
            className="button button--secondary"
            aria-label={itemLabel(i.markRead, about)}
            onClick={() => {
              setHandOn((n) => n + 1);
              onMarkRead();
            }}
          >
            {i.markRead}
          </button>
        )}
        {actions.map((a) => (
          <BusyButton
            key={a.status}
            type="button"
            className={
              a.status === 'ACCEPTED' ? 'button button--primary' : 'button button--secondary'
            }
            busy={loading}
            aria-label={itemLabel(a.label, about)}
            onClick={() => void change(a.status)}
          >
            {a.label}
          </BusyButton>
        ))}
        {(request.status !== 'DECLINED' || declining.open) && (
          <ReasonForm
            state={declining}
            texts={i.declineForm}
            busy={loading}
            about={about}
            onSubmit={decline}
          />
        )}
      </div>
    </li>
  );
}
