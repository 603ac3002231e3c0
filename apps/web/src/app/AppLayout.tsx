import { useEffect, useRef, useState, type ReactNode } from 'react';

import { DemoBanner } from '../shared/app-info/components/DemoBanner';
import { AccountMenu } from '../modules/auth/components/AccountMenu';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useT } from './i18n/use-t';
import { AppLink } from './routing/AppLink';
import { useFocusAfterQueryChange } from './routing/use-focus-after-query-change';
import { useRouter } from './routing/use-router';

// Pages with a map fill the window below the header.
const FILL_PAGES = new Set(['/', '/overzicht']);

// The main menu's pages, in order, each with its name in t.nav.
const MAIN_MENU = [
  ['/', 'finder'],
  ['/overzicht', 'map'],
  ['/gemeente', 'municipality'],
  ['/over', 'about'],
] as const;

export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const { path, search } = useRouter();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  // On narrow screens (≤ 40rem) the menus fold behind one button; wider, it is not shown.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  // After an in-app navigation, move focus to the new page (as a full page load would).
  useEffect(
    function focusMainOnNavigation() {
      setMenuOpen(false);
      if (path !== firstPath.current) {
        firstPath.current = '';
        mainRef.current?.focus();
      }
    },
    [path],
  );
  // A new query on the same page (a filter, a view, back/forward) re-renders the page in place;
  // when that removed the element that had the focus (the pressed button, an open detail) and
  // the page gave it nowhere better (pages focus their own targets first: their effects run
  // before this one), the keyboard goes to the page's content, never back to <body>. The scroll
  // position stays, as navigate() keeps it for a new query.
  useFocusAfterQueryChange(path, search, mainRef);

  return (
    <div className={FILL_PAGES.has(path) ? 'app app--fill' : 'app'}>
      <a className="skip-link" href="#inhoud">
        {t.skipToContent}
      </a>
      {/* Escape folds the open menu and returns focus to its button (disclosure pattern). */}
      <header
        className="app-header"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !menuOpen) return;
          setMenuOpen(false);
          menuButtonRef.current?.focus();
        }}
      >
        <div className="app-header__brand">
          <AppLink href="/" className="app-header__name">
            {t.appName}
          </AppLink>
          <span className="app-header__tagline">{t.tagline}</span>
        </div>
        <button
          ref={menuButtonRef}
          type="button"
          className="app-menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          data-testid="app-menu-button"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true" className="app-menu-button__icon">
            {menuOpen ? '✕' : '☰'}
          </span>{' '}
          {t.nav.menu}
        </button>
        <div id="app-menu" className="app-header__menu" data-open={menuOpen || undefined}>
          <nav aria-label={t.nav.label} className="app-nav">
            <ul>
              {MAIN_MENU.map(([href, name]) => (
                <li key={href}>
                  <AppLink href={href}>{t.nav[name]}</AppLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <DemoBanner />
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
