import { randomUUID } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describeInBrowser } from '../support/browser.js';
import {
  demoOrganisationEditor,
  logInByFetch,
  screenshots,
  seriousViolations,
} from '../support/browser-accounts.js';

const TOKEN = 'hsds-import-browser-operator-token-0123456789';
const EDITOR = 'import@jinc.example.nl';
const PASSWORD = 'een goed wachtwoord voor de importtest';
const shot = screenshots('portal-hsds');

/** CSV text (RFC 4180, CRLF) of these rows under this header. */
function csv(header: string, rows: Record<string, string>[]): string {
  const names = header.split(',');
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((r) => names.map((n) => field(r[n] ?? '')).join(','))]
    .map((l) => `${l}\r\n`)
    .join('');
}

const APP_ENV = { ADMIN_API_TOKEN: TOKEN };

// A partner editor uploads an HSDS datapackage in the portal and reads the report: a package
// with one new offering of their own organisation is imported; the same package with an
// unknown taxonomy term is refused as a whole, with the reason, and nothing is written.
describeInBrowser('HSDS import in the partner portal (Chromium)', APP_ENV, (app) => {
  let organisationId: string;
  let descriptor: string;
  let headers: Map<string, string>;
  let organisation: Record<string, string>;

  beforeAll(async () => {
    organisationId = await demoOrganisationEditor(app, TOKEN, EDITOR, PASSWORD);
    // The package's frame (descriptor and column headers) from the app's own export.
    const exported = unzipSync(
      new Uint8Array(await (await fetch(`${app.base}/hsds/datapackage.zip`)).arrayBuffer()),
    );
    descriptor = strFromU8(exported['datapackage.json']!);
    headers = new Map(
      Object.entries(exported)
        .filter(([name]) => name.endsWith('.csv'))
        .map(([name, data]) => [name, strFromU8(data).split('\r\n')[0]!]),
    );
    const orgJson = (await (
      await fetch(`${app.base}/hsds/organizations/${organisationId}`)
    ).json()) as Record<string, string>;
    organisation = {
      id: orgJson['id']!,
      name: orgJson['name']!,
      description: orgJson['description'] ?? '',
      email: orgJson['email'] ?? '',
      website: orgJson['website'] ?? '',
      tax_id: orgJson['tax_id'] ?? '',
    };
  }, 180_000);

  /** A package of our organisation with one offering, linked to the term with this id. */
  function pkg(serviceId: string, title: string, termId: string): Buffer {
    // The same offering gives the same attribute and area ids (so a re-import is a no-op).
    const attributeId = `${serviceId.slice(0, -4)}a77a`;
    const areaId = `${serviceId.slice(0, -4)}a4ea`;
    const files: Record<string, Uint8Array> = {
      'datapackage.json': strToU8(descriptor),
      'organizations.csv': strToU8(csv(headers.get('organizations.csv')!, [organisation])),
      'services.csv': strToU8(
        csv(headers.get('services.csv')!, [
          {
            id: serviceId,
            organization_id: organisationId,
            name: title,
            description: 'Wekelijkse voorleesochtend met ouders, ingelezen uit een HSDS-pakket.',
            status: 'active',
            minimum_age: '4',
            maximum_age: '8',
          },
        ]),
      ),
      'attributes.csv': strToU8(
        csv(headers.get('attributes.csv')!, [
          {
            id: attributeId,
            link_id: serviceId,
            taxonomy_term_id: termId,
            link_type: 'service',
            link_entity: 'service',
          },
        ]),
      ),
      'service_areas.csv': strToU8(
        csv(headers.get('service_areas.csv')!, [
          {
            id: areaId,
            service_id: serviceId,
            name: 'Heel Nederland',
            uri: 'urn:iso:std:iso:3166:-1:NL',
          },
        ]),
      ),
    };
    return Buffer.from(zipSync(files));
  }

  async function termId(code: string): Promise<string> {
    const terms = (await (await fetch(`${app.base}/hsds/taxonomy_terms?per_page=100`)).json()) as {
      contents: { id: string; code: string }[];
    };
    return terms.contents.find((x) => x.code === code)!.id;
  }

  /** A new page of this size, signed in as the editor, on the portal; and its import section. */
  async function openImportSection(viewport: { width: number; height: number }) {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    const login = await logInByFetch(page, app.base, EDITOR, PASSWORD);
    expect(login.data?.login).toEqual({ role: 'PARTNER_EDITOR', organisationId });
    await page.goto(`${app.base}/portaal`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: 'Aanbod importeren (HSDS)' }).waitFor({
      timeout: 20_000,
    });
    return { context, page, section: page.getByTestId('hsds-import') };
  }

  async function offeringTitle(id: string): Promise<string | null> {
    const rows = (await app.db.query(`SELECT title FROM offering WHERE id = $1`, [id])) as {
      title: string;
    }[];
    return rows[0]?.title ?? null;
  }

  it('imports a package of the own organisation and shows what was created', async () => {
    const { context, page, section } = await openImportSection({ width: 1200, height: 900 });
    const serviceId = randomUUID();
    const title = 'Voorleesochtend (HSDS-import)';

    await section.getByLabel('Bestand (ZIP of JSON)').setInputFiles({
      name: 'jinc-hsds.zip',
      mimeType: 'application/zip',
      buffer: pkg(serviceId, title, await termId('TAAL_LEZEN')),
    });
    await section.getByRole('button', { name: 'Importeren' }).click();
    const report = section.getByTestId('hsds-import-report');
    await report.getByText('Geïmporteerd.').waitFor({ timeout: 30_000 });
    const serviceRow = report.getByRole('row', { name: /Aanbod/ });
    expect(await serviceRow.getByRole('cell').allInnerTexts()).toEqual(['1', '0', '0']);
    expect(await offeringTitle(serviceId)).toBe(title);
    // The portal's list shows the imported offering.
    await page
      .getByTestId('portal-offerings')
      .getByRole('heading', { name: title })
      .waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'import');

    // The same package again changes nothing.
    await section.getByLabel('Bestand (ZIP of JSON)').setInputFiles({
      name: 'jinc-hsds.zip',
      mimeType: 'application/zip',
      buffer: pkg(serviceId, title, await termId('TAAL_LEZEN')),
    });
    await section.getByRole('button', { name: 'Importeren' }).click();
    // The report is replaced: the unchanged count of the offerings becomes 1.
    await report
      .locator('tbody tr')
      .nth(1)
      .locator('td')
      .nth(2)
      .filter({ hasText: /^1$/ })
      .waitFor({ timeout: 30_000 });
    expect(
      await report
        .getByRole('row', { name: /Aanbod/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['0', '0', '1']);
    await context.close();
  }, 120_000);

  it('refuses a package with an unknown taxonomy term as a whole and says why', async () => {
    const { context, page, section } = await openImportSection({ width: 390, height: 844 });
    const serviceId = randomUUID();
    const before = (await app.db.query(`SELECT count(*)::int AS n FROM offering`)) as {
      n: number;
    }[];

    await section.getByLabel('Bestand (ZIP of JSON)').setInputFiles({
      name: 'onbekende-term.zip',
      mimeType: 'application/zip',
      buffer: pkg(serviceId, 'Met een onbekende term', randomUUID()),
    });
    await section.getByRole('button', { name: 'Importeren' }).click();
    const refused = section.getByTestId('hsds-import-refused');
    await refused.waitFor({ timeout: 30_000 });
    await section.getByText(/Niets geïmporteerd: \d+ onderde(el is|len zijn) geweigerd/).waitFor();
    expect(await refused.innerText()).toMatch(/taxonomy_term_id/);
    // Worded from the catalogue by its code, in the page's language only.
    expect(await refused.innerText()).toContain('Onbekende taxonomieterm: ');
    expect(await refused.innerText()).not.toContain('unknown taxonomy term');
    // The refusal names the service as the file does, so a person can find the row.
    expect(await refused.innerText()).toContain('„Met een onbekende term”');
    expect(await offeringTitle(serviceId)).toBeNull();
    expect(
      (await app.db.query(`SELECT count(*)::int AS n FROM offering`)) as { n: number }[],
    ).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'import-refused');

    // Not a package at all: refused before anything is sent.
    await section.getByLabel('Bestand (ZIP of JSON)').setInputFiles({
      name: 'notities.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('geen pakket'),
    });
    await section.getByRole('button', { name: 'Importeren' }).click();
    await section.getByText('Kies een .zip- of .json-bestand.').waitFor();
    await context.close();
  }, 120_000);
});
