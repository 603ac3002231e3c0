import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// In development the API runs separately on :3000; in production it serves this build itself.
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The domain's client entry (code parsing, reason catalogue) is bundled from its TypeScript
    // source, so the web build does not depend on libs/domain having been compiled first.
    alias: {
      '@partnerwijzer/domain/client': fileURLToPath(
        new URL('../../libs/domain/src/client.ts', import.meta.url),
      ),
    },
  },
  // React, Leaflet and Apollo together are ~580 kB minified (~175 kB gzip): one chunk is fine.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
      '/hsds': API_ORIGIN,
      '/downloads': API_ORIGIN,
    },
  },
});
