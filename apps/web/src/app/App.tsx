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
const lazyPage = <K extends string, M extends Record<K, React.ComponentType>>(
  load: () => Promise<M>,
  name: K,
): React.ComponentType =>
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

// Each path and the page it shows; any other path shows NotFoundPage.
const PAGES = new Map<string, React.ComponentType>([
  ['/', FinderPage],
  ['/overzicht', lazyPage(() => import('../modules/map/components/MapPage'), 'MapPage')],
  [
    '/gemeente',
    lazyPage(
      () => import('../modules/municipality/components/MunicipalityPage'),
      'MunicipalityPage',
    ),
  ],
  [
    '/gemeente/afspraken',
    lazyPage(() => import('../modules/collaborations/components/AgreementsPage'), 'AgreementsPage'),
  ],
  [
    '/samenwerkingen',
    lazyPage(
      () => import('../modules/collaborations/components/CollaborationsPage'),
      'CollaborationsPage',
    ),
  ],
  ['/over', lazyPage(() => import('../modules/about/components/AboutPage'), 'AboutPage')],
  ['/portaal', lazyPage(() => import('../modules/portal/components/PortalPage'), 'PortalPage')],
  [
    '/beheer/verouderd',
    lazyPage(() => import('../modules/portal/components/StaleOfferingsPage'), 'StaleOfferingsPage'),
  ],
  ['/inloggen', lazyPage(() => import('../modules/auth/components/LoginPage'), 'LoginPage')],
  ['/uitloggen', lazyPage(() => import('../modules/auth/components/LogoutPage'), 'LogoutPage')],
  ['/aanmelden', lazyPage(() => import('../modules/auth/components/RegisterPage'), 'RegisterPage')],
  [
    '/aanmelding-bevestigen',
    lazyPage(
      () => import('../modules/auth/components/ConfirmRegistrationPage'),
      'ConfirmRegistrationPage',
    ),
  ],
  [
    '/wachtwoord-vergeten',
    lazyPage(() => import('../modules/auth/components/ForgotPasswordPage'), 'ForgotPasswordPage'),
  ],
  [
    '/wachtwoord-herstellen',
    lazyPage(() => import('../modules/auth/components/ResetPasswordPage'), 'ResetPasswordPage'),
  ],
  ['/beheer', lazyPage(() => import('../modules/admin/components/AdminPage'), 'AdminPage')],
  ['/portaal/inbox', lazyPage(() => import('../modules/inbox/components/InboxPage'), 'InboxPage')],
  [
    '/mijn-school',
    lazyPage(() => import('../modules/school-account/components/MySchoolPage'), 'MySchoolPage'),
  ],
  ['/school', lazyPage(() => import('../modules/school/components/SchoolPage'), 'SchoolPage')],
  [
    '/verzoek/beantwoorden',
    lazyPage(
      () => import('../modules/contact-link/components/AnswerByLinkPage'),
      'AnswerByLinkPage',
    ),
  ],
  [
    '/verzoek/status',
    lazyPage(
      () => import('../modules/contact-link/components/StatusByLinkPage'),
      'StatusByLinkPage',
    ),
  ],
  [
    '/mijn-zoekopdrachten',
    lazyPage(
      () => import('../modules/saved-searches/components/MySavedSearchesPage'),
      'MySavedSearchesPage',
    ),
  ],
  [
    '/afmelden',
    lazyPage(
      () => import('../modules/saved-searches/components/UnsubscribePage'),
      'UnsubscribePage',
    ),
  ],
]);

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
  const Page = PAGES.get(path) ?? NotFoundPage;
  return <Page />;
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
