import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';

import { AboutPage } from '../modules/about/components/AboutPage';
import { FinderPage } from '../modules/finder/components/FinderPage';
import { MapPage } from '../modules/map/components/MapPage';
import { MunicipalityPage } from '../modules/municipality/components/MunicipalityPage';
import { SessionProvider } from '../modules/session/components/SessionProvider';
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
