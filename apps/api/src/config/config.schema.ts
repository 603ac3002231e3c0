import { z } from 'zod';

// PDOK's BRT-Achtergrondkaart in web mercator: the Dutch government's open base map, meant for
// production use (OpenStreetMap's own tile server is not; its tile policy says so).
export const PDOK_BRT_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

// Every environment variable the API reads, validated once at boot.
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    message: 'moet true of false zijn (must be true or false)',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
  message: 'moet een postgres:// URL zijn (must be a postgres:// URL)',
});

const httpUrl = z.string().refine((v) => /^https?:\/\/[^\s]+$/.test(v), {
  message: 'moet een http(s):// URL zijn (must be an http(s):// URL)',
});

// smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start).
const smtpUrl = z.string().refine(
  (v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  {
    message:
      'moet een smtp:// of smtps:// URL zijn, bijv. smtp://gebruiker:wachtwoord@mail.example.nl:587 (must be an smtp(s):// URL)',
  },
);

// "noreply@example.nl" or "Partnerwijzer <noreply@example.nl>".
const mailFrom = z
  .string()
  .max(300, 'hoogstens 300 tekens (at most 300 characters)')
  .refine(
    (v) =>
      /^(?:[^<>@\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(v),
    {
      message:
        'moet een e-mailadres zijn, eventueel met naam: "Partnerwijzer <noreply@example.nl>" (must be an email address)',
    },
  );

/**
 * A number within [min, max], whole unless `fractions`; each refusal names its bound, in `unit`
 * when given ("hoogstens 65535 (at most 65535)"), not only that the value is no number.
 */
const boundedNumber = (
  min: number,
  max: number,
  {
    unit = ['', ''],
    fractions = false,
  }: { unit?: [nl: string, en: string]; fractions?: boolean } = {},
) => {
  const [nl, en] = unit.map((u) => (u ? ` ${u}` : ''));
  const number = z.coerce.number({ message: 'moet een getal zijn (must be a number)' });
  return (fractions ? number : number.int('moet een geheel getal zijn (must be a whole number)'))
    .min(min, `minstens ${min}${nl} (at least ${min}${en})`)
    .max(max, `hoogstens ${max}${nl} (at most ${max}${en})`);
};
const MS: [string, string] = ['ms', 'ms'];

/** A request budget: a whole number ≥ 0 (0 = no limit). */
const rateLimit = boundedNumber(0, 1_000_000);

export const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message:
        "moet 'development', 'production' of 'test' zijn (must be development, production or test)",
    })
    .default('development'),
  PORT: boundedNumber(1, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('./.data/pglite'),
  DB_RUN_MIGRATIONS: booleanFlag.default(true),
  // PostgreSQL only: a database that does not answer gives a clear error, not a hanging request.
  DB_CONNECT_TIMEOUT_MS: boundedNumber(100, 120_000, { unit: MS }).default(5000),
  DB_STATEMENT_TIMEOUT_MS: boundedNumber(10, 3_600_000, { unit: MS }).default(30_000),
  // Unset: the demo data outside production, none in production (resolved in loadConfig).
  SEED_DEMO_DATA: booleanFlag.optional(),
  // Compiled execution (graphql-jit) for matchPartners and searchOfferings; false = graphql-js only.
  GRAPHQL_JIT: booleanFlag.default(true),
  MEILI_URL: httpUrl.optional(),
  // Two keys with only what each part needs: an admin key for our index (documents, settings,
  // tasks) and a search-only key for queries. The master key still works, with a warning.
  MEILI_ADMIN_KEY: z
    .string()
    .min(16, 'moet minstens 16 tekens zijn (at least 16 characters)')
    .optional(),
  MEILI_SEARCH_KEY: z
    .string()
    .min(16, 'moet minstens 16 tekens zijn (at least 16 characters)')
    .optional(),
  MEILI_MASTER_KEY: z
    .string()
    .min(16, 'moet minstens 16 tekens zijn (at least 16 characters)')
    .optional(),
  MEILI_INDEX: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{1,100}$/,
      'alleen letters, cijfers, - en _ (letters, digits, - and _ only)',
    )
    .default('offerings'),
  SEARCH_SYNC_INTERVAL_MS: boundedNumber(50, 60_000, { unit: MS }).default(1000),
  MAP_TILE_URL: z
    .string()
    .refine((v) => v === 'none' || (/^https?:\/\//.test(v) && v.includes('{z}')), {
      message:
        "moet 'none' zijn of een http(s) tegel-URL met {z}/{x}/{y} ('none', or a tile URL template)",
    })
    .default(PDOK_BRT_TILES),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .max(500, 'hoogstens 500 tekens (at most 500 characters)')
    .default('Kaartgegevens © Kadaster (BRT-Achtergrondkaart, PDOK)'),
  // PDOK Locatieserver v3.1 base, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1;
  // unset = no outside calls (address search falls back to municipality centres).
  GEOCODER_URL: httpUrl.optional(),
  GEOCODER_TIMEOUT_MS: boundedNumber(200, 30_000, { unit: MS }).default(3000),
  WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),
  ADMIN_API_TOKEN: z
    .string()
    .min(24, 'moet minstens 24 tekens zijn (at least 24 characters)')
    .optional(),
  MATCH_SYNC_INTERVAL_MS: boundedNumber(50, 60_000, { unit: MS }).default(2000),
  // Session cookie `Secure` flag; unset means secure in production, not in development/test.
  COOKIE_SECURE: booleanFlag.optional(),
  SESSION_IDLE_HOURS: boundedNumber(0.01, 24 * 30, {
    unit: ['uur', 'hours'],
    fractions: true,
  }).default(12),
  SESSION_MAX_DAYS: boundedNumber(0.01, 90, { unit: ['dagen', 'days'], fractions: true }).default(
    7,
  ),
  // Records not confirmed ("nog actueel") for this many months are flagged as stale.
  STALE_AFTER_MONTHS: z.coerce
    .number({ message: 'moet een getal zijn (must be a number)' })
    .int('moet een geheel getal zijn (must be a whole number)')
    .min(1, 'minstens 1 maand (at least 1 month)')
    .max(120, 'hoogstens 120 maanden (at most 120 months)')
    .default(12),
  // Base URL put in password-reset mails; required in production (loadConfig).
  PUBLIC_URL: httpUrl.default('http://localhost:3000'),
  // Mail: unset SMTP_URL = mails stay in the mail_outbox table and are only logged.
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailFrom.optional(),
  MAIL_SEND_INTERVAL_MS: boundedNumber(50, 600_000, { unit: MS }).default(5000),
  MAIL_MAX_ATTEMPTS: boundedNumber(1, 50).default(8),
  // Abuse limits per client IP address (and sender email), kept in memory per API process.
  // 0 switches a limit off (benchmarks); see common/rate-limit.
  // memory: per process (one API process); database: one budget shared by every replica.
  RATE_LIMIT_STORE: z
    .enum(['memory', 'database'], {
      message: "moet 'memory' of 'database' zijn (must be memory or database)",
    })
    .default('memory'),
  RATE_LIMIT_CONTACT_PER_IP: rateLimit.default(20),
  RATE_LIMIT_CONTACT_PER_EMAIL: rateLimit.default(10),
  RATE_LIMIT_QUERIES_PER_IP: rateLimit.default(600),
  // Address look-ups per client IP per minute (each may call the outside geocoder).
  RATE_LIMIT_GEOCODE_PER_IP: rateLimit.default(60),
  // Account calls per client IP per hour (and reset mails per address per hour).
  RATE_LIMIT_LOGIN_PER_IP: rateLimit.default(100),
  RATE_LIMIT_REGISTER_PER_IP: rateLimit.default(10),
  RATE_LIMIT_REGISTER_PER_EMAIL: rateLimit.default(5),
  RATE_LIMIT_RESET_PER_IP: rateLimit.default(10),
  RATE_LIMIT_RESET_PER_EMAIL: rateLimit.default(5),
  // Password hashes that may wait for a hash worker; one more is refused with RATE_LIMITED
  // (reason BUSY) instead of queueing seconds of argon2 work (0 = no cap).
  PASSWORD_HASH_QUEUE_MAX: boundedNumber(0, 10_000).default(16),
  // Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client IP.
  TRUST_PROXY_HOPS: boundedNumber(0, 10).default(0),
  // GraphQL armour (common/graphql-limits): checked before anything is executed.
  GRAPHQL_MAX_DEPTH: boundedNumber(2, 100).default(12),
  GRAPHQL_MAX_ALIASES: boundedNumber(0, 10_000).default(30),
  GRAPHQL_MAX_TOKENS: boundedNumber(100, 1_000_000).default(4000),
  GRAPHQL_MAX_COST: boundedNumber(10, 100_000_000).default(200_000),
  // Size assumed for a list field without a `limit`/`first` argument, when counting cost.
  GRAPHQL_ASSUMED_LIST_SIZE: boundedNumber(1, 1000).default(5),
  // Unset: on in development and test, off in production.
  GRAPHQL_INTROSPECTION: booleanFlag.optional(),
  // Largest JSON request body (bytes); room for a 1 MB GeoJSON area plus the query.
  HTTP_BODY_LIMIT_BYTES: boundedNumber(10_000, 50_000_000).default(2_000_000),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'log', 'debug', 'verbose'], {
      message:
        "moet 'error', 'warn', 'log', 'debug' of 'verbose' zijn (must be error, warn, log, debug or verbose)",
    })
    .default('log'),
  // text = Nest's readable lines; json = one JSON object per line with the request id.
  LOG_FORMAT: z
    .enum(['text', 'json'], { message: "moet 'text' of 'json' zijn (must be 'text' or 'json')" })
    .default('text'),
  // On SIGTERM/SIGINT: report not ready for this long before refusing new connections
  // (time for a load balancer to notice), then drain within SHUTDOWN_TIMEOUT_MS in total.
  SHUTDOWN_READY_DELAY_MS: boundedNumber(0, 60_000, { unit: MS }).default(0),
  SHUTDOWN_TIMEOUT_MS: boundedNumber(100, 600_000, { unit: MS }).default(15_000),
});

/** The settings after loadConfig: defaults that depend on NODE_ENV resolved. */
export type AppConfig = Omit<z.infer<typeof configSchema>, 'SEED_DEMO_DATA'> & {
  SEED_DEMO_DATA: boolean;
  /**
   * Whether PUBLIC_URL was given (not its default). Derived by loadConfig, not an environment
   * variable of its own: the start-up line names PUBLIC_URL only when it was set.
   */
  PUBLIC_URL_SET: boolean;
};

/** A loopback host, where browsers keep Secure cookies also over http://. */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether session cookies carry `Secure`: COOKIE_SECURE when set, else only in production. */
export function cookieSecure(config: Pick<AppConfig, 'COOKIE_SECURE' | 'NODE_ENV'>): boolean {
  return config.COOKIE_SECURE ?? config.NODE_ENV === 'production';
}

/**
 * The keys the app uses for Meilisearch: the separate admin and search keys, or the master key
 * for both (discouraged: `usesMasterKey` makes the API log a warning at start).
 */
export function meiliKeys(
  config: AppConfig,
): { adminKey: string; searchKey: string; usesMasterKey: boolean } | null {
  if (config.MEILI_ADMIN_KEY && config.MEILI_SEARCH_KEY) {
    return {
      adminKey: config.MEILI_ADMIN_KEY,
      searchKey: config.MEILI_SEARCH_KEY,
      usesMasterKey: false,
    };
  }
  if (config.MEILI_MASTER_KEY) {
    return {
      adminKey: config.MEILI_MASTER_KEY,
      searchKey: config.MEILI_MASTER_KEY,
      usesMasterKey: true,
    };
  }
  return null;
}

/** Introspection: GRAPHQL_INTROSPECTION when set, else everywhere but production. */
export function introspectionEnabled(config: AppConfig): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ongeldige configuratie (invalid configuration):\n  ${problems.join('\n  ')}`);
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings count as "not set" so `FOO=` in a .env file falls back to the default.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const { MEILI_URL, MEILI_ADMIN_KEY, MEILI_SEARCH_KEY, MEILI_MASTER_KEY } = result.data;
  if (!MEILI_ADMIN_KEY !== !MEILI_SEARCH_KEY) {
    throw new ConfigError([
      `${MEILI_ADMIN_KEY ? 'MEILI_SEARCH_KEY' : 'MEILI_ADMIN_KEY'}: zet beide Meilisearch-sleutels of geen (set both Meilisearch keys or neither)`,
    ]);
  }
  if (MEILI_URL && !(MEILI_ADMIN_KEY && MEILI_SEARCH_KEY) && !MEILI_MASTER_KEY) {
    throw new ConfigError([
      'MEILI_ADMIN_KEY en MEILI_SEARCH_KEY: verplicht wanneer MEILI_URL is gezet (required when MEILI_URL is set)',
    ]);
  }
  if (result.data.SMTP_URL && !result.data.MAIL_FROM) {
    throw new ConfigError([
      'MAIL_FROM: verplicht wanneer SMTP_URL is gezet, bijv. "Partnerwijzer <noreply@example.nl>" (required when SMTP_URL is set)',
    ]);
  }
  if (result.data.SHUTDOWN_READY_DELAY_MS >= result.data.SHUTDOWN_TIMEOUT_MS) {
    throw new ConfigError([
      'SHUTDOWN_READY_DELAY_MS: moet kleiner zijn dan SHUTDOWN_TIMEOUT_MS (must be less than SHUTDOWN_TIMEOUT_MS)',
    ]);
  }
  const production = result.data.NODE_ENV === 'production';
  const publicUrlSet = present['PUBLIC_URL'] !== undefined;
  // The default (http://localhost:3000) would go out in every reset, invitation and contact
  // mail of a production server, where no reader can open it.
  if (production && !publicUrlSet) {
    throw new ConfigError([
      'PUBLIC_URL: verplicht in productie (NODE_ENV=production): het adres dat gebruikers openen, voor de links in mails, bijv. https://partnerwijzer.example.nl (required in production: the address users open, used in mail links)',
    ]);
  }
  // A browser drops a Secure cookie set over plain http (loopback aside): nobody could log in.
  if (cookieSecure(result.data) && !result.data.PUBLIC_URL.startsWith('https://')) {
    if (!isLoopback(result.data.PUBLIC_URL)) {
      throw new ConfigError([
        'PUBLIC_URL: begint met http://, maar de sessiecookie is Secure (COOKIE_SECURE, in productie standaard aan), dus inloggen lukt niet; gebruik https:// of zet COOKIE_SECURE=false (starts with http:// while the session cookie is Secure: nobody could log in; use https:// or set COOKIE_SECURE=false)',
      ]);
    }
  }
  return {
    ...result.data,
    SEED_DEMO_DATA: result.data.SEED_DEMO_DATA ?? !production,
    PUBLIC_URL_SET: publicUrlSet,
  };
}
