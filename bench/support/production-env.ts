/**
 * The environment every bench runs the API in: production, as deployed, with quiet logs and no
 * demo data. Spread it into a server's environment and add (or override) what that bench needs.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  // Required in production; a loopback address keeps Secure cookies working over http.
  PUBLIC_URL: 'http://127.0.0.1:3000',
  SEED_DEMO_DATA: 'false',
  LOG_LEVEL: 'warn',
} as const;
