import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { CONFIRM_ORGANISATION_MUTATION } from '../graphql/confirm-organisation.mutation';
import { PORTAL_ORGANISATION_QUERY } from '../graphql/portal-organisation.query';
import { usePortalAccess } from '../hooks/use-portal-organisation-id';
import { UnsavedFormsProvider } from '../hooks/unsaved-forms';
import { HsdsImportSection } from '../../../shared/hsds-import/HsdsImportSection';
import { errorCode, generalMessage } from '../../../shared/forms/server-errors';
import { AdminOrganisationChooser } from './AdminOrganisationChooser';
import { OfferingList } from './OfferingList';
import { OrganisationProfileForm } from './OrganisationProfileForm';
import { ResubmitSection } from './ResubmitSection';
import { FreshnessBadge, OrganisationStatusBadge } from './StatusBadges';
import '../portal.css';
import { BusyButton } from '../../../shared/forms/BusyButton';

function PortalForOrganisation({ organisationId }: { organisationId: string }) {
  const t = useT();
  const p = t.portal;
  const { data, loading, error, refetch } = useQuery(PORTAL_ORGANISATION_QUERY, {
    variables: { id: organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const [confirmAll, confirming] = useMutation(CONFIRM_ORGANISATION_MUTATION, {
    refetchQueries: ['PortalOrganisation'],
  });
  const [confirmMessage, setConfirmMessage] = useState<string | null>(null);
  const organisation = data?.organisation;
  useDocumentTitle(`${organisation ? p.heading(organisation.name) : p.pageTitle} — ${t.appName}`);

  if (loading && !data) return <p role="status">{p.loading}</p>;
  if (error && !data) {
    const code = errorCode(error);
    const fields = (error as { errors?: { extensions?: { reason?: string } }[] }).errors;
    if (code === 'FORBIDDEN') return <p className="notice notice--error">{p.forbidden}</p>;
    if (fields?.[0]?.extensions?.reason === 'NOT_FOUND') {
      return <p className="notice notice--error">{p.notFound}</p>;
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!organisation || !data) return <p className="notice notice--error">{p.notFound}</p>;

  async function confirmEverything() {
    setConfirmMessage(null);
    try {
      await confirmAll({ variables: { id: organisationId } });
      setConfirmMessage(p.confirmedAll);
    } catch (e) {
      setConfirmMessage(`${p.failed} ${generalMessage(e, () => false) ?? ''}`);
    }
  }

  return (
    <>
      <header className="portal-header">
        <h1>{p.heading(organisation.name)}</h1>
        <p className="portal-offering__badges">
          <OrganisationStatusBadge status={organisation.status} />
          <FreshnessBadge
            isStale={organisation.isStale}
            lastConfirmedAt={organisation.lastConfirmedAt}
          />
        </p>
        <ResubmitSection organisation={organisation} />
        <p className="portal-intro">{p.intro}</p>
        <div className="portal-confirm-all">
          <BusyButton
            type="button"
            className="button button--primary"
            busy={confirming.loading}
            aria-describedby="portal-confirm-all-hint"
            data-testid="confirm-organisation"
            onClick={() => void confirmEverything()}
          >
            {p.confirmAll}
          </BusyButton>
          <p id="portal-confirm-all-hint" className="field-hint">
            {p.confirmAllHint}
          </p>
          <div role="status">
            {confirmMessage && <p className="notice notice--success">{confirmMessage}</p>}
          </div>
        </div>
      </header>
      {/* Leaving the page asks once and names every form with unsaved changes. */}
      <UnsavedFormsProvider>
        <OfferingList organisationId={organisation.id} offerings={data.editableOfferings} />
        <section className="portal-section">
          <OrganisationProfileForm key={organisation.id} organisation={organisation} />
        </section>
      </UnsavedFormsProvider>
      <HsdsImportSection className="portal-section" />
    </>
  );
}

function DocumentTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

/** /portaal: a partner keeps their organisation, offerings and service areas current. */
export function PortalPage() {
  const t = useT();
  const p = t.portal;
  const access = usePortalAccess();
  const { path, search } = useRouter();
  return (
    <div className="page portal" data-testid="portal">
      {access.kind !== 'organisation' && <DocumentTitle title={`${p.pageTitle} — ${t.appName}`} />}
      {access.kind === 'loading' && <p role="status">{p.loading}</p>}
      {access.kind === 'signedOut' && (
        <section className="portal-section" data-testid="portal-signed-out">
          <h1>{p.signedOutHeading}</h1>
          <p>{p.signedOutBody}</p>
          <p>
            <AppLink
              href={`/inloggen?terug=${encodeURIComponent(path + search)}`}
              className="button button--primary"
            >
              {p.signIn}
            </AppLink>
          </p>
        </section>
      )}
      {access.kind === 'wrongRole' && (
        <>
          <h1>{p.pageTitle}</h1>
          <p className="notice notice--error">{p.wrongRole}</p>
        </>
      )}
      {access.kind === 'adminChoose' && (
        <>
          <h1>{p.pageTitle}</h1>
          <AdminOrganisationChooser />
        </>
      )}
      {access.kind === 'organisation' && (
        <PortalForOrganisation key={access.organisationId} organisationId={access.organisationId} />
      )}
    </div>
  );
}
