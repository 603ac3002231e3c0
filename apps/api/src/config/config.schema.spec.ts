import { ConfigError, configSchema, loadConfig, meiliKeys } from './config.schema.js';

describe('loadConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PGLITE_DATA_DIR).toBe('./.data/pglite');
    expect(config.SEED_DEMO_DATA).toBe(true);
  });

  it('names the variable and the problem for a bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: moet een postgres/,
    );
    expect(() => loadConfig({ SEED_DEMO_DATA: 'misschien' })).toThrow(/SEED_DEMO_DATA/);
  });

  it('requires keys when Meilisearch is configured: admin + search, or (discouraged) the master key', () => {
    const url = 'http://127.0.0.1:7700';
    expect(() => loadConfig({ MEILI_URL: url })).toThrow(/MEILI_ADMIN_KEY en MEILI_SEARCH_KEY/);
    expect(() =>
      loadConfig({ MEILI_URL: url, MEILI_ADMIN_KEY: 'an-admin-key-long-enough' }),
    ).toThrow(/MEILI_SEARCH_KEY: zet beide/);
    const separate = loadConfig({
      MEILI_URL: url,
      MEILI_ADMIN_KEY: 'an-admin-key-long-enough',
      MEILI_SEARCH_KEY: 'a-search-key-long-enough',
      MEILI_MASTER_KEY: 'a-long-enough-master-key',
    });
    expect(meiliKeys(separate)).toEqual({
      adminKey: 'an-admin-key-long-enough',
      searchKey: 'a-search-key-long-enough',
      usesMasterKey: false,
    });
    const master = loadConfig({ MEILI_URL: url, MEILI_MASTER_KEY: 'a-long-enough-master-key' });
    expect(meiliKeys(master)).toEqual({
      adminKey: 'a-long-enough-master-key',
      searchKey: 'a-long-enough-master-key',
      usesMasterKey: true,
    });
    expect(meiliKeys(loadConfig({}))).toBeNull();
  });

  it('accepts a tile template or none, and refuses anything else', () => {
    expect(loadConfig({ MAP_TILE_URL: 'none' }).MAP_TILE_URL).toBe('none');
    expect(() => loadConfig({ MAP_TILE_URL: 'tiles.example.org' })).toThrow(/MAP_TILE_URL/);
  });

  it("defaults to PDOK's BRT base map with Kadaster's attribution, not OpenStreetMap's tile server", () => {
    const config = loadConfig({});
    expect(config.MAP_TILE_URL).toBe(
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    );
    expect(config.MAP_TILE_ATTRIBUTION).toMatch(/Kadaster/);
    expect(config.MAP_TILE_URL).not.toMatch(/openstreetmap/);
  });

  it('takes the stale period in whole months, 12 by default', () => {
    expect(loadConfig({}).STALE_AFTER_MONTHS).toBe(12);
    expect(loadConfig({ STALE_AFTER_MONTHS: '6' }).STALE_AFTER_MONTHS).toBe(6);
    expect(() => loadConfig({ STALE_AFTER_MONTHS: '0' })).toThrow(/STALE_AFTER_MONTHS/);
    expect(() => loadConfig({ STALE_AFTER_MONTHS: '1.5' })).toThrow(/STALE_AFTER_MONTHS/);
    expect(() => loadConfig({ STALE_AFTER_MONTHS: 'jaar' })).toThrow(/STALE_AFTER_MONTHS/);
  });

  it('accepts an smtp(s) URL with a sender, and names what is wrong otherwise', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://mailer:geheim@mail.example.nl:587',
      MAIL_FROM: 'Partnerwijzer <noreply@example.nl>',
    });
    expect(config.SMTP_URL).toBe('smtp://mailer:geheim@mail.example.nl:587');
    expect(config.MAIL_SEND_INTERVAL_MS).toBe(5000);
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'smtps://mail.example.nl:465' })).toThrow(/MAIL_FROM/);
    expect(() =>
      loadConfig({ SMTP_URL: 'http://mail.example.nl', MAIL_FROM: 'noreply@example.nl' }),
    ).toThrow(/SMTP_URL: moet een smtp:\/\//);
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://mail.example.nl', MAIL_FROM: 'geen adres' }),
    ).toThrow(/MAIL_FROM/);
    // The password in the URL never appears in the message.
    expect(() => loadConfig({ SMTP_URL: 'ftp://u:zeergeheim@x' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('zeergeheim') }),
    );
  });

  it('takes LOG_FORMAT text (default) or json, and names anything else', () => {
    expect(loadConfig({}).LOG_FORMAT).toBe('text');
    expect(loadConfig({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT: moet 'text' of 'json'/);
  });

  it('bounds the shutdown: the ready delay must fit inside the timeout', () => {
    expect(loadConfig({}).SHUTDOWN_TIMEOUT_MS).toBe(15_000);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '10' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
    expect(() =>
      loadConfig({ SHUTDOWN_READY_DELAY_MS: '5000', SHUTDOWN_TIMEOUT_MS: '5000' }),
    ).toThrow(/SHUTDOWN_READY_DELAY_MS: moet kleiner zijn/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

describe('every variable refused in Dutch first, English in brackets', () => {
  // Values that some variable refuses: not a number, negative, huge, a fraction, too long.
  const BAD = ['abc', '-1', '99999999999', '1.5', 'x'.repeat(600)];
  // "NAAM: Nederlands … (English …)": the English part last, itself holding at most one pair of
  // brackets, as in "(must be an http(s):// URL)".
  const BILINGUAL = /^[A-Z_]+: \S.*\((?:[^()]|\([^()]*\))*[a-z]{2,}(?:[^()]|\([^()]*\))*\)$/;
  const refusals = (name: string, value: string): string[] => {
    try {
      loadConfig({ [name]: value });
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it.each(Object.keys(configSchema.shape))('%s', (name) => {
    const texts = BAD.flatMap((value) => refusals(name, value));
    expect(texts.filter((text) => !BILINGUAL.test(text))).toEqual([]);
    // A number out of range is told its bound, not that it is no number.
    const numeric = refusals(name, 'abc').some((t) => t.includes('moet een getal zijn'));
    if (numeric) {
      expect(refusals(name, '99999999999')).toEqual([
        expect.stringMatching(/hoogstens .* \(at most /),
      ]);
    }
  });

  describe('in production (NODE_ENV=production)', () => {
    const site = 'https://partnerwijzer.example.nl';

    it('refuses to start without PUBLIC_URL, naming it in Dutch and English', () => {
      // Else every reset, invitation and contact mail links to http://localhost:3000.
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
        /PUBLIC_URL: verplicht in productie .*\(required in production/,
      );
      expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: '' })).toThrow(/PUBLIC_URL/);
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: site }).PUBLIC_URL).toBe(site);
      expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    });

    it('tells whether PUBLIC_URL was given or is its default (the start-up line names it only then)', () => {
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: site }).PUBLIC_URL_SET).toBe(true);
      expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL_SET).toBe(true);
      expect(loadConfig({}).PUBLIC_URL_SET).toBe(false);
      // An empty value in a .env file counts as not set, like for every other variable.
      expect(loadConfig({ PUBLIC_URL: '' }).PUBLIC_URL_SET).toBe(false);
      // Derived only: an environment variable of that name changes nothing.
      expect(loadConfig({ PUBLIC_URL_SET: 'true' }).PUBLIC_URL_SET).toBe(false);
    });

    it('loads no demo data unless SEED_DEMO_DATA says so; elsewhere it does', () => {
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: site }).SEED_DEMO_DATA).toBe(false);
      expect(
        loadConfig({ NODE_ENV: 'production', PUBLIC_URL: site, SEED_DEMO_DATA: 'true' })
          .SEED_DEMO_DATA,
      ).toBe(true);
      expect(loadConfig({ NODE_ENV: 'development' }).SEED_DEMO_DATA).toBe(true);
      expect(loadConfig({ NODE_ENV: 'test', SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
    });

    it('refuses an http:// PUBLIC_URL while the session cookie is Secure (no login would work)', () => {
      const plain = { NODE_ENV: 'production', PUBLIC_URL: 'http://partnerwijzer.example.nl' };
      expect(() => loadConfig(plain)).toThrow(
        /PUBLIC_URL: begint met http:\/\/, maar de sessiecookie is Secure .*\(starts with http:\/\//,
      );
      expect(() =>
        loadConfig({
          NODE_ENV: 'test',
          ...{ PUBLIC_URL: plain.PUBLIC_URL },
          COOKIE_SECURE: 'true',
        }),
      ).toThrow(/COOKIE_SECURE/);
      // Said plainly, or on the machine itself (browsers keep Secure cookies on loopback).
      expect(loadConfig({ ...plain, COOKIE_SECURE: 'false' }).PUBLIC_URL).toBe(plain.PUBLIC_URL);
      for (const local of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
        expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: local }).PUBLIC_URL).toBe(local);
      }
      expect(loadConfig({ PUBLIC_URL: plain.PUBLIC_URL }).PUBLIC_URL).toBe(plain.PUBLIC_URL);
    });
  });
});
