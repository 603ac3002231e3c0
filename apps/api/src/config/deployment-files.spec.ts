import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from './config.schema.js';
import { MAX_UPLOAD_BYTES } from '../modules/hsds/index.js';

// Every setting the API reads must be documented in .env.example and passed through by the
// compose file, or a deployment silently runs on defaults it cannot change.
const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const settings = Object.keys(configSchema.shape);
// Paths inside the image, fixed by the Dockerfile: not for the operator to set.
const IMAGE_INTERNAL = ['PGLITE_DATA_DIR', 'WEB_DIST_DIR'];

describe('deployment files', () => {
  it('.env.example names every setting', () => {
    const example = read('.env.example');
    const missing = settings.filter((key) => !new RegExp(`^#? ?${key}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });

  it("README's configuration table has a row for every setting", () => {
    const readme = read('README.md');
    const missing = settings.filter((key) => !new RegExp(`^\\| \`${key}\` +\\|`, 'm').test(readme));
    expect(missing).toEqual([]);
  });

  it('docker-compose passes every setting to the app, and leaves demo data off', () => {
    const compose = read('docker-compose.yml');
    const app = compose.slice(compose.indexOf('\n  app:'));
    const missing = settings
      .filter((key) => !IMAGE_INTERNAL.includes(key))
      .filter((key) => !new RegExp(`^ {6}${key}: `, 'm').test(app));
    expect(missing).toEqual([]);
    expect(app).toMatch(/^ {6}SEED_DEMO_DATA: \$\{SEED_DEMO_DATA:-false\}$/m);
  });

  it('publishes only the proxy, and gives every service a healthcheck and a restart policy', () => {
    const compose = read('docker-compose.yml');
    const services = compose
      .slice(compose.indexOf('services:'), compose.indexOf('\nvolumes:'))
      .split(/\n(?= {2}\w)/)
      .slice(1);
    expect(services.map((s) => s.trim().split(':')[0])).toEqual([
      'postgres',
      'meilisearch',
      'app',
      'proxy',
    ]);
    for (const service of services) {
      expect(service).toMatch(/\n {4}healthcheck:/);
      expect(service).toMatch(/\n {4}restart: unless-stopped/);
      expect(service.includes('\n    ports:')).toBe(service.trim().startsWith('proxy:'));
    }
  });

  it('builds and runs on a maintained Node LTS with every workspace package copied', () => {
    const dockerfile = read('Dockerfile');
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => Number(m[1]));
    expect(bases.length).toBe(2);
    for (const major of bases) expect([22, 24]).toContain(major);
    for (const pkg of ['libs/domain', 'libs/search', 'apps/api', 'apps/web']) {
      expect(dockerfile).toContain(`COPY ${pkg}/package.json ${pkg}/`);
    }
    for (const dist of ['libs/domain/dist', 'libs/search/dist', 'apps/api/dist', 'apps/web/dist']) {
      expect(dockerfile).toContain(`COPY --from=build /app/${dist} ${dist}`);
    }
  });

  it("lets the largest upload the app accepts through the compose proxy (else nginx's own HTML 413)", () => {
    const nginx = read('deploy/nginx.conf');
    const m = /^\s*client_max_body_size (\d+)([km]?);/m.exec(nginx);
    expect(m).not.toBeNull();
    const unit = { '': 1, k: 1024, m: 1024 * 1024 }[m![2] as '' | 'k' | 'm'];
    const proxyLimit = Number(m![1]) * unit;
    // An HSDS datapackage ZIP (POST /hsds/import) and the default JSON body limit.
    expect(proxyLimit).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(proxyLimit).toBeGreaterThan(configSchema.shape.HTTP_BODY_LIMIT_BYTES.parse(undefined));
  });

  it('declares each workspace dependency, so npm installs and orders them', () => {
    const deps = (pkg: string) =>
      Object.keys(
        (JSON.parse(read(`${pkg}/package.json`)) as { dependencies?: object }).dependencies ?? {},
      );
    expect(deps('apps/api')).toEqual(
      expect.arrayContaining(['@partnerwijzer/domain', '@partnerwijzer/search']),
    );
    expect(deps('libs/search')).toContain('@partnerwijzer/domain');
    expect(deps('apps/web')).toContain('@partnerwijzer/domain');
  });
});
