import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately on :3000; in production it serves this build itself.
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // React, Leaflet and Apollo together are ~580 kB minified (~175 kB gzip): one chunk is fine.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
    },
  },
});
