import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { useRouter } from '../../../app/routing/use-router';
import type { OfferingStatus, PortalOfferingFragment } from '../../../generated/graphql';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { CONFIRM_OFFERING_MUTATION } from '../graphql/confirm-offering.mutation';
import { CREATE_OFFERING_MUTATION } from '../graphql/create-offering.mutation';
import { SET_OFFERING_STATUS_MUTATION } from '../graphql/set-offering-status.mutation';
import { UPDATE_OFFERING_MUTATION } from '../graphql/update-offering.mutation';
import { emptyOfferingValues, offeringValues } from '../utils/offering-form';
import { generalMessage } from '../../../shared/forms/server-errors';
import { focusByKey } from '../../../shared/focus/focus-key';
import { CoverageEditor } from './CoverageEditor';
import { OfferingCard } from './OfferingCard';
import { OfferingForm, OPEN_FORM_KEY } from './OfferingForm';
import { UnsavedQuestion } from './UnsavedQuestion';
import { useLeaveGuard } from '../hooks/use-leave-guard';

interface OfferingListProps {
  organisationId: string;
  offerings: readonly PortalOfferingFragment[];
}

type Open =
  { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'coverage'; id: string } | null;

/** The button that opened a form or editor (`data-focus-key`), to give the keyboard back to. */
const openerKey = (from: NonNullable<Open>): string =>
  from.kind === 'new' ? 'add-offering' : `${from.kind}:${from.id}`;

const sameOpen = (a: Open, b: Open): boolean =>
  a === b || (a !== null && b !== null && openerKey(a) === openerKey(b));

/** The organisation's offerings (every status), with create, edit, coverage and status. */
export function OfferingList({ organisationId, offerings }: OfferingListProps) {
  const t = useT();
  const { lang } = useLanguage();
  const o = t.portal.offerings;
  const { types, needLabel } = useInterventionTypes();
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // A closed form or editor leaves the page; the keyboard goes back to the button that opened
  // it, as a dialog's would, not to the top of the page.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(
    function focusOpener() {
      if (open !== null || returnTo === null) return;
      focusByKey(returnTo);
      setReturnTo(null);
    },
    [open, returnTo],
  );
  // Archiving removes Archiveren (and Nog actueel) from the card: the keyboard goes to the
  // card's status button (Weer actief maken), once the card shows the new status.
  const [archived, setArchived] = useState<string | null>(null);
  useEffect(
    function focusStatusAfterArchive() {
      if (archived === null) return;
      if (offerings.find((x) => x.id === archived)?.status !== 'ARCHIVED') return;
      focusByKey(`status:${archived}`);
      setArchived(null);
    },
    [archived, offerings],
  );
  // Whether the open form or editor holds unsaved changes, and what the partner asked for
  // meanwhile (another form, or back to the list): asked about first, never thrown away unseen.
  const [dirty, setDirty] = useState(false);
  // `next`: another form or the list; `leaveTo`: another page (a header link, back).
  const [asked, setAsked] = useState<{ next: Open } | { leaveTo: string } | null>(null);
  const { navigate } = useRouter();
  const reportDirty = useCallback((d: boolean) => setDirty(d), []);
  /** Opens `next` (null: back to the list) at once, dropping whatever is open. */
  function show(next: Open) {
    if (next === null && open) setReturnTo(openerKey(open));
    setDirty(false);
    setAsked(null);
    setOpen(next);
  }
  /** Opens `next`, but asks first when that would throw away unsaved changes. */
  function request(next: Open) {
    if (open !== null && dirty && !sameOpen(open, next)) setAsked({ next });
    else show(next);
  }
  const close = () => show(null);
  // Leaving the portal for another page asks the same question, in the same place; reloading or
  // closing the tab asks the browser's own question.
  const askLeaving = useCallback((to: string) => setAsked({ leaveTo: to }), []);
  const editing = open?.kind === 'edit' ? offerings.find((x) => x.id === open.id) : undefined;
  const covering = open?.kind === 'coverage' ? offerings.find((x) => x.id === open.id) : undefined;
  // The open form's heading: what the question names.
  const openName =
    open?.kind === 'new'
      ? o.addHeading
      : open?.kind === 'edit'
        ? o.editHeading(editing?.title ?? '')
        : o.coverageLabel(covering?.title ?? '');
  useLeaveGuard(dirty, askLeaving, openName);
  const [create] = useMutation(CREATE_OFFERING_MUTATION, {
    refetchQueries: ['PortalOrganisation'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UPDATE_OFFERING_MUTATION);
  const [setOfferingStatus] = useMutation(SET_OFFERING_STATUS_MUTATION);
  const [confirm] = useMutation(CONFIRM_OFFERING_MUTATION);

  async function run(id: string, action: () => Promise<unknown>, done: string) {
    setBusyId(id);
    setStatus(null);
    try {
      await action();
      setStatus({ kind: 'ok', text: done });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `${t.portal.failed} ${generalMessage(error, () => false, lang) ?? ''}`,
      });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="portal-section" aria-labelledby="portal-offerings-heading">
      <h2 id="portal-offerings-heading">{o.heading}</h2>
      <div role="status" className="portal-status" data-testid="offerings-status">
        {status && (
          <p className={status.kind === 'ok' ? 'notice notice--success' : 'notice notice--error'}>
            {status.text}
          </p>
        )}
      </div>
      {asked && open && (
        <UnsavedQuestion
          // A new question (another link) takes the keyboard again.
          key={'leaveTo' in asked ? `leave:${asked.leaveTo}` : 'stay'}
          what={openName}
          leaving={'leaveTo' in asked}
          onDiscard={() => {
            if ('leaveTo' in asked) {
              setDirty(false);
              setAsked(null);
              navigate(asked.leaveTo, { force: true });
            } else show(asked.next);
          }}
          onKeepEditing={() => {
            setAsked(null);
            requestAnimationFrame(() => focusByKey(OPEN_FORM_KEY));
          }}
        />
      )}
      {open?.kind === 'new' ? (
        <OfferingForm
          heading={o.addHeading}
          submitLabel={t.portal.form.create}
          initial={emptyOfferingValues()}
          interventionTypes={types}
          onCancel={close}
          onDirtyChange={reportDirty}
          onSubmit={async (input) => {
            const result = await create({ variables: { input: { ...input, organisationId } } });
            const created = result.data?.createOffering;
            setStatus({ kind: 'ok', text: t.portal.saved });
            // A new offering reaches no school until it has an area: go there next.
            show(created ? { kind: 'coverage', id: created.id } : null);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--primary"
          data-testid="add-offering"
          data-focus-key="add-offering"
          onClick={() => request({ kind: 'new' })}
        >
          {o.add}
        </button>
      )}
      {editing && (
        <OfferingForm
          key={editing.id}
          heading={o.editHeading(editing.title)}
          submitLabel={t.portal.save}
          initial={offeringValues(editing, lang)}
          interventionTypes={types}
          onCancel={close}
          onDirtyChange={reportDirty}
          onSubmit={async (input) => {
            await update({ variables: { id: editing.id, input } });
            setStatus({ kind: 'ok', text: t.portal.saved });
            close();
          }}
        />
      )}
      {covering && (
        <CoverageEditor
          key={covering.id}
          offering={covering}
          onClose={() => request(null)}
          onDirtyChange={reportDirty}
        />
      )}
      {offerings.length === 0 ? (
        <p className="empty">{o.empty}</p>
      ) : (
        <ul className="portal-offerings" data-testid="portal-offerings">
          {offerings.map((offering) => (
            <OfferingCard
              key={offering.id}
              offering={offering}
              needLabel={needLabel}
              busy={busyId === offering.id}
              onEdit={() => request({ kind: 'edit', id: offering.id })}
              onCoverage={() => request({ kind: 'coverage', id: offering.id })}
              onConfirm={() =>
                void run(
                  offering.id,
                  () => confirm({ variables: { id: offering.id } }),
                  o.confirmed,
                )
              }
              onStatus={async (next: OfferingStatus) => {
                await run(
                  offering.id,
                  () => setOfferingStatus({ variables: { id: offering.id, status: next } }),
                  o.statusChanged,
                );
                if (next === 'ARCHIVED') setArchived(offering.id);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
