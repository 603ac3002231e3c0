import { lazy, Suspense } from 'react';

import { FinderPage } from '../modules/finder/components/FinderPage';
import { SessionProvider } from '../shared/session/components/SessionProvider';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { I18nProvider, loadPageMessages } from './i18n/I18nProvider';
import { RouterProvider } from './routing/RouterProvider';
import { useRouter } from './routing/use-router';
import { useT } from './i18n/use-t';

// The finder is the landing page and comes with the entry; every other page is its own chunk,
// loaded when first visited (and the maps inside pages load Leaflet lazily as well), together
// with Apollo Client, which the entry leaves out: the finder and the header use the light
// client (app/graphql; decision 0015, addendum).
const named = <K extends string, M extends Record<K, React.ComponentType>>(
  load: () => Promise<M>,
  name: K,
) =>
  lazy(() =>
    Promise.all([load(), import('./apollo/ApolloRoot'), loadPageMessages()]).then(
      ([module, { ApolloRoot }]) => {
        const Page: React.ComponentType = module[name];
        return {
          default: function WithApollo() {
            return (
              <ApolloRoot>
                <Page />
              </ApolloRoot>
            );
          },
        };
      },
    ),
  );
const MapPage = named(() => import('../modules/map/components/MapPage'), 'MapPage');
const MunicipalityPage = named(
  () => import('../modules/municipality/components/MunicipalityPage'),
  'MunicipalityPage',
);
const AboutPage = named(() => import('../modules/about/components/AboutPage'), 'AboutPage');
const PortalPage = named(() => import('../modules/portal/components/PortalPage'), 'PortalPage');
const StaleOfferingsPage = named(
  () => import('../modules/portal/components/StaleOfferingsPage'),
  'StaleOfferingsPage',
);
const LoginPage = named(() => import('../modules/auth/components/LoginPage'), 'LoginPage');
const LogoutPage = named(() => import('../modules/auth/components/LogoutPage'), 'LogoutPage');
const RegisterPage = named(() => import('../modules/auth/components/RegisterPage'), 'RegisterPage');
const ConfirmRegistrationPage = named(
  () => import('../modules/auth/components/ConfirmRegistrationPage'),
  'ConfirmRegistrationPage',
);
const ForgotPasswordPage = named(
  () => import('../modules/auth/components/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = named(
  () => import('../modules/auth/components/ResetPasswordPage'),
  'ResetPasswordPage',
);
const AdminPage = named(() => import('../modules/admin/components/AdminPage'), 'AdminPage');
const InboxPage = named(() => import('../modules/inbox/components/InboxPage'), 'InboxPage');
const MySchoolPage = named(
  () => import('../modules/school-account/components/MySchoolPage'),
  'MySchoolPage',
);

const SchoolPage = named(() => import('../modules/school/components/SchoolPage'), 'SchoolPage');
const AnswerByLinkPage = named(
  () => import('../modules/contact-link/components/AnswerByLinkPage'),
  'AnswerByLinkPage',
);
const StatusByLinkPage = named(
  () => import('../modules/contact-link/components/StatusByLinkPage'),
  'StatusByLinkPage',
);
const CollaborationsPage = named(
  () => import('../modules/collaborations/components/CollaborationsPage'),
  'CollaborationsPage',
);
const AgreementsPage = named(
  () => import('../modules/collaborations/components/AgreementsPage'),
  'AgreementsPage',
);

const MySavedSearchesPage = named(
  () => import('../modules/saved-searches/components/MySavedSearchesPage'),
  'MySavedSearchesPage',
);
const UnsubscribePage = named(
  () => import('../modules/saved-searches/components/UnsubscribePage'),
  'UnsubscribePage',
);

function PageLoading() {
  const t = useT();
  return (
    <p role="status" className="page-loading">
      {t.common.loading}
    </p>
  );
}

function CurrentPage() {
  const { path } = useRouter();
  if (path === '/') return <FinderPage />;
  if (path === '/overzicht') return <MapPage />;
  if (path === '/gemeente') return <MunicipalityPage />;
  if (path === '/gemeente/afspraken') return <AgreementsPage />;
  if (path === '/samenwerkingen') return <CollaborationsPage />;
  if (path === '/over') return <AboutPage />;
  if (path === '/portaal') return <PortalPage />;
  if (path === '/beheer/verouderd') return <StaleOfferingsPage />;
  if (path === '/inloggen') return <LoginPage />;
  if (path === '/uitloggen') return <LogoutPage />;
  if (path === '/aanmelden') return <RegisterPage />;
  if (path === '/aanmelding-bevestigen') return <ConfirmRegistrationPage />;
  if (path === '/wachtwoord-vergeten') return <ForgotPasswordPage />;
  if (path === '/wachtwoord-herstellen') return <ResetPasswordPage />;
  if (path === '/beheer') return <AdminPage />;
  if (path === '/portaal/inbox') return <InboxPage />;
  if (path === '/mijn-school') return <MySchoolPage />;
  if (path === '/school') return <SchoolPage />;
  if (path === '/verzoek/beantwoorden') return <AnswerByLinkPage />;
  if (path === '/verzoek/status') return <StatusByLinkPage />;
  if (path === '/mijn-zoekopdrachten') return <MySavedSearchesPage />;
  if (path === '/afmelden') return <UnsubscribePage />;
  return <NotFoundPage />;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider>
          <AppLayout>
            <Suspense fallback={<PageLoading />}>
              <CurrentPage />
            </Suspense>
          </AppLayout>
        </RouterProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
