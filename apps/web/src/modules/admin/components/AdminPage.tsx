import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { HsdsImportSection } from '../../../shared/hsds-import/HsdsImportSection';
import { RequireRole } from '../../../shared/session/components/RequireRole';
import { AccountList } from './AccountList';
import { CreateAccountForm } from './CreateAccountForm';
import { IndicatorCorrectionForm } from './IndicatorCorrectionForm';
import { MailStatusPanel } from './MailStatusPanel';
import { PendingOrganisations } from './PendingOrganisations';
import '../../../shared/account.css';

/** /beheer (ADMIN): pending partner registrations, accounts, mail, indicator corrections. */
export function AdminPage() {
  const t = useT();
  useDocumentTitle(t.admin.pageTitle);
  return (
    <RequireRole roles={['ADMIN']}>
      {() => (
        <div className="page account-page account-page--wide" data-testid="admin-page">
          <h1>{t.admin.heading}</h1>
          <p>{t.admin.intro}</p>
          <p>
            <AppLink href="/beheer/verouderd">{t.admin.staleLink}</AppLink>
          </p>
          <PendingOrganisations />
          <CreateAccountForm />
          <AccountList />
          <MailStatusPanel />
          <IndicatorCorrectionForm />
          <HsdsImportSection className="account-section" />
        </div>
      )}
    </RequireRole>
  );
}
