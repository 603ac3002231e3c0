import { useT } from '../../../app/i18n/use-t';
import type { OfferingStatus, PortalOfferingFragment } from '../../../generated/graphql';
import { ConfirmAction } from './ConfirmAction';
import { OfferingDemand } from './OfferingDemand';
import { FreshnessBadge, OfferingStatusBadge } from './StatusBadges';
import { BusyButton } from '../../../shared/forms/BusyButton';
import { itemLabel } from '../../../shared/forms/item-label';

interface OfferingCardProps {
  offering: PortalOfferingFragment;
  needLabel: (code: string) => string;
  busy: boolean;
  onEdit: () => void;
  onCoverage: () => void;
  onConfirm: () => void;
  onStatus: (status: OfferingStatus) => Promise<void>;
}

/** One offering in the portal: its state at a glance and what the partner can do with it. */
export function OfferingCard({
  offering,
  needLabel,
  busy,
  onEdit,
  onCoverage,
  onConfirm,
  onStatus,
}: OfferingCardProps) {
  const t = useT();
  const o = t.portal.offerings;
  const status = offering.status;
  // Each button names the offering too: the list repeats them once per card.
  const named = (label: string) => itemLabel(label, offering.title);
  // A change of status, asked for again before it is made.
  const move = (
    to: OfferingStatus,
    label: string,
    ask: (title: string) => string,
    testId: string,
    focusKey?: string,
  ) => (
    <ConfirmAction
      focusKey={focusKey}
      label={label}
      name={named(label)}
      question={ask(offering.title)}
      yes={o.yes}
      no={o.no}
      disabled={busy}
      testId={testId}
      onConfirm={() => onStatus(to)}
    />
  );
  return (
    <li
      className={`portal-offering portal-offering--${status.toLowerCase()}`}
      data-testid="portal-offering"
      data-offering-id={offering.id}
    >
      <h3 className="portal-offering__title" lang="nl">
        {offering.title}
      </h3>
      <p className="portal-offering__badges">
        <OfferingStatusBadge status={status} />
        <FreshnessBadge isStale={offering.isStale} lastConfirmedAt={offering.lastConfirmedAt} />
      </p>
      <p className="portal-muted">
        {offering.interventionCodes.map(needLabel).join(' · ')}
        {' — '}
        {offering.coverage.length === 0 ? (
          <strong className="portal-warning">{o.noCoverage}</strong>
        ) : (
          o.areas(offering.coverage.length)
        )}
      </p>
      <div className="portal-offering__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={named(o.edit)}
          data-focus-key={`edit:${offering.id}`}
          onClick={onEdit}
        >
          {o.edit}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={o.coverageLabel(offering.title)}
          data-testid="open-coverage"
          data-focus-key={`coverage:${offering.id}`}
          onClick={onCoverage}
        >
          {o.coverage}
        </button>
        {status !== 'ARCHIVED' && (
          <BusyButton
            type="button"
            className="button button--small"
            aria-label={named(o.confirm)}
            busy={busy}
            data-testid="confirm-offering"
            onClick={onConfirm}
          >
            {o.confirm}
          </BusyButton>
        )}
        {/* One place for pausing and reactivating: the same button, relabelled, keeps the
            keyboard focus when the status flips (two buttons lost it to the page). */}
        {status === 'ACTIVE'
          ? move('PAUSED', o.pause, o.askPause, 'pause-offering', `status:${offering.id}`)
          : move(
              'ACTIVE',
              o.reactivate,
              o.askReactivate,
              'reactivate-offering',
              `status:${offering.id}`,
            )}
        {status !== 'ARCHIVED' && move('ARCHIVED', o.archive, o.askArchive, 'archive-offering')}
      </div>
      {status !== 'ARCHIVED' && offering.coverage.length > 0 && (
        <OfferingDemand offeringId={offering.id} title={offering.title} needLabel={needLabel} />
      )}
    </li>
  );
}
