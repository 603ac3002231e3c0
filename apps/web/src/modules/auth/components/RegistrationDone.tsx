import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { OWN_ORGANISATION_QUERY } from '../graphql/own-organisation.query';

/** After signing up: the organisation and its status (waiting for verification). */
export function RegistrationDone({ organisationId }: { organisationId: string }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(OWN_ORGANISATION_QUERY, {
    variables: { id: organisationId },
    fetchPolicy: 'network-only',
  });

  useEffect(function announceSuccess() {
    headingRef.current?.focus();
  }, []);

  const org = data?.organisation;
  return (
    <section className="notice notice--success" data-testid="registration-done">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.auth.register.doneHeading}
      </h1>
      {loading && !org && <p role="status">{t.common.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {org && (
        <>
          <p>{t.auth.register.doneBody(org.name)}</p>
          <dl className="facts">
            <dt>{t.auth.register.statusLabel}</dt>
            <dd data-testid="organisation-status">{t.auth.organisationStatus[org.status]}</dd>
          </dl>
        </>
      )}
      <AppLink href="/portaal" className="button button--primary">
        {t.auth.register.toPortal}
      </AppLink>
    </section>
  );
}
