import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import { AgreementForm } from './AgreementForm';
import { agreementKeys, AgreementItem } from './AgreementItem';
import { MonitoringRollup } from './MonitoringRollup';
import { ThemeCoverage } from './ThemeCoverage';
import { focusByKey, useFocusAfterRemoval } from '../../../shared/focus/focus-key';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import { LEA_AGREEMENTS_QUERY } from '../graphql/collaborations.queries';
import '../../../shared/account.css';
import '../collaborations.css';

/**
 * /gemeente/afspraken?code=GM0606 (the municipality's officers, admins): the LEA agreements,
 * per agreed theme the schools with and without a collaboration (as lists), and the monitoring
 * per theme with its CSV export.
 */
export function AgreementsPage() {
  const t = useT();
  const a = t.collaborations.agreements;
  useDocumentTitle(a.pageTitle);
  const { search } = useRouter();
  const code = (new URLSearchParams(search).get('code') ?? '').toUpperCase();
  return (
    <RequireRole roles={['MUNICIPALITY_OFFICER', 'ADMIN']}>
      {(viewer) =>
        !code ? (
          <div className="page account-page">
            <h1>{a.pageHeading}</h1>
            <p>
              <AppLink href="/gemeente">{a.pick}</AppLink>
            </p>
          </div>
        ) : viewer.role !== 'ADMIN' && !viewer.municipalityCodes.includes(code) ? (
          <div className="page account-page">
            <h1>{a.pageHeading}</h1>
            <p className="notice">{a.locked}</p>
            <p>
              <AppLink href="/gemeente">{a.pick}</AppLink>
            </p>
          </div>
        ) : (
          <div className="page account-page account-page--wide" data-testid="agreements-page">
            <Agreements code={code} />
          </div>
        )
      }
    </RequireRole>
  );
}

function Agreements({ code }: { code: string }) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { data, loading, error, refetch } = useQuery(LEA_AGREEMENTS_QUERY, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Said in the form's live region: nothing else tells a screen reader it worked.
  const [done, setDone] = useState('');
  // After an edit is saved or given up, the keyboard goes back to the agreement's edit button.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(
    function focusAgreementAfterEdit() {
      if (returnTo === null || !data?.leaAgreements.some((x) => x.id === returnTo)) return;
      focusByKey(agreementKeys(returnTo).edit);
      setReturnTo(null);
    },
    [returnTo, data],
  );
  // A deleted agreement takes its buttons with it: the keyboard goes on to the next one's
  // show button, or to the form's heading when none is left.
  const focusAfterDelete = useFocusAfterRemoval(
    data?.leaAgreements,
    idOf,
    showKey,
    'agreement-form-heading',
  );
  if (error) {
    return (
      <>
        <h1>{a.pageHeading}</h1>
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data) return loading ? <p role="status">{t.common.loading}</p> : null;
  const agreements = data.leaAgreements;
  const current = agreements.find((x) => x.id === shown)?.id ?? agreements[0]?.id ?? null;
  const editing = agreements.find((x) => x.id === editingId) ?? null;
  const stopEditing = (id: string) => {
    setEditingId(null);
    setReturnTo(id);
  };
  return (
    <>
      <h1>{a.heading(data.municipality.name)}</h1>
      <p>{a.intro}</p>
      {agreements.length === 0 ? (
        <p className="notice notice--empty">{a.none}</p>
      ) : (
        <ul data-testid="agreements-list">
          {agreements.map((x, i) => (
            <AgreementItem
              key={x.id}
              agreement={x}
              shown={x.id === current}
              onShow={() => setShown(x.id)}
              onEdit={() => {
                setDone('');
                setEditingId(x.id);
              }}
              onDeleted={() => {
                if (editingId === x.id) setEditingId(null);
                setDone(a.removed(x.title));
                focusAfterDelete(x.id, i);
              }}
            />
          ))}
        </ul>
      )}
      {current && <ThemeCoverage id={current} />}
      <MonitoringRollup code={code} />
      <AgreementForm
        code={code}
        status={done}
        editing={editing}
        onSaved={(saved, edited) => {
          setDone(a.saved(saved.title));
          setShown(saved.id);
          if (edited) stopEditing(saved.id);
        }}
        onCancel={() => editing && stopEditing(editing.id)}
      />
    </>
  );
}

const idOf = (x: { id: string }) => x.id;
const showKey = (x: { id: string }) => `agreement-show-${x.id}`;
