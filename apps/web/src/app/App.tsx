import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';

import { AboutPage } from '../modules/about/components/AboutPage';
import { AdminPage } from '../modules/admin/components/AdminPage';
import { ConfirmRegistrationPage } from '../modules/auth/components/ConfirmRegistrationPage';
import { ForgotPasswordPage } from '../modules/auth/components/ForgotPasswordPage';
import { LoginPage } from '../modules/auth/components/LoginPage';
import { LogoutPage } from '../modules/auth/components/LogoutPage';
import { RegisterPage } from '../modules/auth/components/RegisterPage';
import { ResetPasswordPage } from '../modules/auth/components/ResetPasswordPage';
import { AnswerByLinkPage } from '../modules/contact-link/components/AnswerByLinkPage';
import { StatusByLinkPage } from '../modules/contact-link/components/StatusByLinkPage';
import { FinderPage } from '../modules/finder/components/FinderPage';
import { InboxPage } from '../modules/inbox/components/InboxPage';
import { MapPage } from '../modules/map/components/MapPage';
import { MunicipalityPage } from '../modules/municipality/components/MunicipalityPage';
import { PortalPage } from '../modules/portal/components/PortalPage';
import { StaleOfferingsPage } from '../modules/portal/components/StaleOfferingsPage';
import { MySchoolPage } from '../modules/school-account/components/MySchoolPage';
import { SchoolPage } from '../modules/school/components/SchoolPage';
import { SessionProvider } from '../shared/session/components/SessionProvider';
import { createApolloClient } from './apollo/apollo-client';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { I18nProvider } from './i18n/I18nProvider';
import { RouterProvider } from './routing/RouterProvider';
import { useRouter } from './routing/use-router';

function CurrentPage() {
  const { path } = useRouter();
  if (path === '/') return <FinderPage />;
  if (path === '/overzicht') return <MapPage />;
  if (path === '/gemeente') return <MunicipalityPage />;
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
  return <NotFoundPage />;
}

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <SessionProvider>
          <RouterProvider>
            <AppLayout>
              <CurrentPage />
            </AppLayout>
          </RouterProvider>
        </SessionProvider>
      </I18nProvider>
    </ApolloProvider>
  );
}
