import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { cookieSecure, type AppConfig } from '../../config/config.schema.js';

/**
 * The origin the map's tiles come from, as a CSP source: `https://tile.example.nl`, or
 * `https://*.tile.example.nl` for a template with a `{s}` subdomain. None for MAP_TILE_URL=none.
 */
export function tileSource(tileUrl: string): string | null {
  if (tileUrl === 'none') return null;
  const match = /^(https?):\/\/([^/?#]+)/.exec(tileUrl);
  if (!match) return null;
  return `${match[1]}://${match[2]!.replace(/\{s\}/g, '*')}`;
}

/**
 * Security headers on every answer (helmet): a CSP that lets the built web client load its own
 * scripts, styles and data plus the configured map tiles and nothing else; no framing by other
 * sites; nosniff; a referrer policy that still sends tile servers our origin (OpenStreetMap's
 * tile policy asks for it). HSTS and upgrade-insecure-requests only when cookies are Secure,
 * i.e. the site is served over HTTPS.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const tiles = tileSource(config.MAP_TILE_URL);
  const https = cookieSecure(config);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Leaflet and React position elements with inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
