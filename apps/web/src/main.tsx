import 'leaflet/dist/leaflet.css';
import './app/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { prefetchSharedFinderLink } from './modules/finder/prefetch';

prefetchSharedFinderLink(window.location.pathname, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
