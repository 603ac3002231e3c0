import 'leaflet/dist/leaflet.css';
import './app/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { loadEnglish, readStoredLanguage } from './app/i18n/I18nProvider';
import { prefetchSharedFinderLink } from './modules/finder/prefetch';

prefetchSharedFinderLink(window.location.pathname, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');

// A visitor who chose English gets it from the first render (the texts are a small chunk of
// their own); should it fail to load, the page starts in Dutch.
const texts = readStoredLanguage() === 'en' ? loadEnglish().catch(() => null) : null;
void Promise.resolve(texts).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
