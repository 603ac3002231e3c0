import type { ReactNode } from 'react';

import { DemoBanner } from '../modules/app-info/components/DemoBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useT } from './i18n/use-t';
import { AppLink } from './routing/AppLink';

export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="app">
      <a className="skip-link" href="#inhoud">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <AppLink href="/" className="app-header__name">
            {t.appName}
          </AppLink>
          <span className="app-header__tagline">{t.tagline}</span>
        </div>
        <nav aria-label={t.nav.label} className="app-nav">
          <ul>
            <li>
              <AppLink href="/">{t.nav.map}</AppLink>
            </li>
            <li>
              <AppLink href="/over">{t.nav.about}</AppLink>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <DemoBanner />
      <main id="inhoud" tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
