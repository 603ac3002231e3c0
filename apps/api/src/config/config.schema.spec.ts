import { ConfigError, loadConfig } from './config.schema.js';

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

  it('requires a master key when Meilisearch is configured', () => {
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toThrow(/MEILI_MASTER_KEY/);
    const config = loadConfig({
      MEILI_URL: 'http://127.0.0.1:7700',
      MEILI_MASTER_KEY: 'a-long-enough-master-key',
    });
    expect(config.MEILI_URL).toBe('http://127.0.0.1:7700');
  });

  it('accepts a tile template or none, and refuses anything else', () => {
    expect(loadConfig({ MAP_TILE_URL: 'none' }).MAP_TILE_URL).toBe('none');
    expect(() => loadConfig({ MAP_TILE_URL: 'tiles.example.org' })).toThrow(/MAP_TILE_URL/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
