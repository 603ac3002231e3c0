import { describeInBrowser, type BrowserApp } from './browser.js';
import {
  startGeocoderFixtureServer,
  type GeocoderFixtureServer,
  type GeocoderMode,
} from './geocoder-fixture-server.js';

// The browser suites that look places up: the app's geocoder is the local PDOK stand-in,
// started before the app (its address goes into GEOCODER_URL) and closed after the suite.

/**
 * describeInBrowser with GEOCODER_URL pointing at a fresh PDOK stand-in answering in `mode`;
 * `geocoder()` is that server (its requests and mode) once the suite has started.
 */
export function describeInBrowserWithGeocoder(
  title: string,
  options: { env?: Record<string, string>; mode?: GeocoderMode },
  tests: (app: BrowserApp, geocoder: () => GeocoderFixtureServer) => void,
): void {
  let server: GeocoderFixtureServer | undefined;
  describeInBrowser(
    title,
    async () => {
      server = await startGeocoderFixtureServer();
      server.mode = options.mode ?? 'ok';
      return { ...options.env, GEOCODER_URL: server.url };
    },
    (app) => {
      afterAll(async () => {
        await server?.close();
      }, 30_000);
      tests(app, () => {
        if (!server) throw new Error('the geocoder stand-in has not started');
        return server;
      });
    },
  );
}
