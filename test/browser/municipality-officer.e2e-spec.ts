import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { focusedBecomes, focusKeyBecomes } from '../support/browser.js';
import {
  createAccountWithPassword,
  describeInBrowser,
  logInByFetch,
  seriousViolations,
  SHOTS,
} from '../support/browser-accounts.js';
import type { TestApp } from '../support/test-app.js';
import {
  COVERAGE,
  parseCsv,
  STATUS_TEXT,
  type Cell,
  type Coverage,
} from '../municipality/coverage-support.js';
import { PAUSE_OFFERING } from '../support/demo-offerings.js';
import { contactRequestsInStatuses } from '../support/contact-requests.js';

const TOKEN = 'operator-token-for-browser-tests-0123';
const CODE = 'GM0606'; // Schiedam, in the demo data
const EMAIL = 'lea@schiedam.nl';
const PASSWORD = 'een lang en goed wachtwoord 2025';

const OFFERING_AREAS = `
  query ($code: String!, $type: InterventionCode) {
    municipalityOfferingAreas(code: $code, interventionType: $type, limit: 40) {
      totalCount nationalOnlyCount
      offerings { offeringId title areas { id kind center { lat lng } radiusKm } }
    }
  }`;

interface OfferingAreas {
  totalCount: number;
  nationalOnlyCount: number;
  offerings: {
    offeringId: string;
    title: string;
    areas: {
      id: string;
      kind: string;
      center: { lat: number; lng: number } | null;
      radiusKm: number | null;
    }[];
  }[];
}

/** The status line of the coverage layer's list, as the page words it. */
const areasStatus = (n: number, typeLabel: string | null) =>
  n === 0
    ? `Geen aanbod met een eigen werkgebied bereikt scholen hier${typeLabel ? ` voor ${typeLabel}` : ''}.`
    : `${n === 1 ? '1 aanbod' : `${n} aanbiedingen`} met een eigen werkgebied${typeLabel ? ` voor ${typeLabel}` : ''}.`;

/** The shapes the map draws: each distinct circle and polygon once (no municipality outlines in the demo). */
const drawnShapes = (answer: OfferingAreas) =>
  new Set(
    answer.offerings.flatMap((o) =>
      o.areas.flatMap((a) =>
        a.kind === 'RADIUS'
          ? [`R:${a.center?.lat},${a.center?.lng},${a.radiusKm}`]
          : a.kind === 'POLYGON'
            ? [`P:${a.id}`]
            : [],
      ),
    ),
  ).size;

/** Whether the element `selector` finds lies wholly inside the window (not scrolled away). */
const inView = (page: Page, selector: string) =>
  page.evaluate(
    `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight; })()`,
  );

/** The matrix as the screen shows it: per row the school and, per cell, its type and text. */
const screenMatrix = (page: Page) =>
  page.getByTestId('matrix-row').evaluateAll((rows) =>
    rows.map((row) => ({
      vestigingscode: row.getAttribute('data-school'),
      name: row.querySelector('.coverage-matrix__school')?.textContent ?? '',
      cells: [...row.querySelectorAll('td[data-status]')].map((td) => ({
        type: td.getAttribute('data-type'),
        status: td.getAttribute('data-status'),
        text: (td.textContent ?? '').replace('✕', '').trim(),
      })),
    })),
  );

/** Offerings and local offerings as the cell text says them ("geen aanbod", "3 · alleen landelijk", "5 (2 lokaal)"). */
function countsOf(text: string): { offerings: number | string; local: number | string } {
  if (text === 'geen aanbod') return { offerings: 0, local: 0 };
  if (text.startsWith('n.v.t.')) return { offerings: 'n.v.t.', local: 'n.v.t.' };
  const national = /^(\d+) · alleen landelijk$/.exec(text);
  if (national) return { offerings: Number(national[1]), local: 0 };
  const local = /^(\d+) \((\d+) lokaal\)$/.exec(text);
  if (!local) throw new Error(`unexpected cell text: ${text}`);
  return { offerings: Number(local[1]), local: Number(local[2]) };
}

// A municipality's policy officer in Chromium: signs in, opens their municipality, switches the
// map to one intervention type, opens a gap, downloads the CSV and sees the coalitions.
describeInBrowser('municipality officer in Chromium', { ADMIN_API_TOKEN: TOKEN }, (app) => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let coverage: Coverage;

  beforeAll(async () => {
    ({ t, browser, base } = app);
    const db = app.db;

    // The admin creates the officer; the officer sets a password from the invitation mail
    // (either step failing fails the set-up).
    await createAccountWithPassword(
      t,
      TOKEN,
      { email: EMAIL, role: 'MUNICIPALITY_OFFICER', municipalityCodes: [CODE] },
      PASSWORD,
    );

    // Collaborations at two schools (the partners' inbox moves requests on; here the database does).
    await contactRequestsInStatuses(db, CODE, ['ACCEPTED', 'STARTED', 'IN_CONVERSATION']);
    // The demo data's only blank spots in Schiedam were false ones (pre-school education at its
    // secondary schools, now n.v.t.): pause the poverty offerings so real gaps exist.
    const poverty = (await db.query(
      `SELECT id FROM offering WHERE 'ARMOEDE_BASIS' = ANY(intervention_types) AND status = 'ACTIVE'`,
    )) as { id: string }[];
    expect(poverty.length).toBeGreaterThan(0);
    for (const { id } of poverty) {
      const paused = await t.gql(PAUSE_OFFERING, { id }, { authorization: `Bearer ${TOKEN}` });
      expect(paused.errors).toBeUndefined();
    }
    const res = await t.gql(COVERAGE, { code: CODE });
    coverage = res.data!.municipalityCoverage;
  }, 120_000);

  /** A desktop page that may download, signed in as the officer; with the login's answer. */
  async function officerPage() {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const login = await logInByFetch<{ role: string; municipalityCodes: string[] }>(
      page,
      base,
      EMAIL,
      PASSWORD,
      'role municipalityCodes csrfToken',
    );
    return { context, page, login };
  }

  it('signs in, opens the municipality, switches the map type, opens a gap and downloads the CSV', async () => {
    // Signed in through the API from the page, so the session cookie is the browser's own.
    const { context, page, login } = await officerPage();
    expect(login.data?.login).toMatchObject({
      role: 'MUNICIPALITY_OFFICER',
      municipalityCodes: [CODE],
    });

    await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('matrix-row').first().waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'Dekking in Schiedam' }).waitFor();
    expect(await page.getByTestId('matrix-row').count()).toBe(coverage.schools.length);
    // Gaps stand out, with the same count as the matrix.
    const gapCells = coverage.schools.reduce(
      (n, r) => n + r.cells.filter((c) => c.status === 'GAP').length,
      0,
    );
    expect(gapCells).toBeGreaterThan(0);
    expect(await page.getByTestId('gap-summary').innerText()).toContain(`${gapCells} van de`);

    // Coalitions: visible for the officer of this municipality.
    await page.getByTestId('coalitions-content').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('coalitions-locked').count()).toBe(0);
    const bySchool = await page.getByTestId('coalitions-by-school').innerText();
    expect(bySchool).toMatch(/geaccepteerd/);
    expect(bySchool).toMatch(/gestart/);
    expect(bySchool).toMatch(/in gesprek/);
    await page.getByTestId('comparison-row').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('comparison-row').count()).toBe(11);
    await page.locator('.coverage-map .leaflet-interactive').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'gemeente-officer.png'), fullPage: true });

    // Switch the map to the intervention type with the most gaps: its gap schools turn red.
    const typeIndex = coverage.totals.reduce(
      (best, x, i) => (x.gapSchools > coverage.totals[best]!.gapSchools ? i : best),
      0,
    );
    const type = coverage.interventionTypes[typeIndex]!;
    const gaps = coverage.totals[typeIndex]!.gapSchools;
    await page.getByLabel('Kleur de scholen naar').selectOption(type);
    await page
      .getByTestId('map-mode-status')
      .filter({
        hasText: `${gaps} van ${coverage.schools.length - coverage.totals[typeIndex]!.notApplicableSchools} scholen zonder aanbod`,
      })
      .waitFor();
    const fills = await page
      .locator('.coverage-map path.leaflet-interactive')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    expect(fills).toHaveLength(coverage.schools.length);
    expect(fills.filter((f) => f === '#b2182b')).toHaveLength(gaps);
    expect(
      fills.filter((f) => ['#b2182b', '#e08214', '#1b7837', '#bdbdbd'].includes(f ?? '')),
    ).toHaveLength(coverage.schools.length);
    await page.screenshot({ path: join(SHOTS, 'gemeente-map-type.png') });

    // The coverage areas of the offerings present: a layer to switch on, with a list beside it,
    // filtered by the type chosen on the map, equal to what the API says.
    const offeringAreas = async (forType?: string): Promise<OfferingAreas> => {
      const res = await t.gql<{ municipalityOfferingAreas: OfferingAreas }>(OFFERING_AREAS, {
        code: CODE,
        type: forType,
      });
      expect(res.errors).toBeUndefined();
      return res.data!.municipalityOfferingAreas;
    };
    const listed = () =>
      page
        .getByTestId('offering-area-item')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-offering')));
    const typeLabel = (await page.locator('#coverage-map-mode option:checked').innerText()).replace(
      /^witte vlek voor: /,
      '',
    );
    const ofType = await offeringAreas(type);
    expect(await page.getByTestId('offering-areas').count()).toBe(0);
    await page.getByLabel('Werkgebieden tonen').check();
    await page
      .getByTestId('offering-areas-status')
      .filter({ hasText: areasStatus(ofType.totalCount, typeLabel) })
      .waitFor({ timeout: 10_000 });
    expect(await listed()).toEqual(ofType.offerings.map((o) => o.offeringId));

    // All types: more offerings, their circles and polygons drawn once each, below the schools.
    await page.getByLabel('Kleur de scholen naar').selectOption('COUNT');
    const all = await offeringAreas();
    expect(all.totalCount).toBeGreaterThan(0);
    expect(all.totalCount).toBeGreaterThanOrEqual(ofType.totalCount);
    await page
      .getByTestId('offering-areas-status')
      .filter({ hasText: areasStatus(all.totalCount, null) })
      .waitFor({ timeout: 10_000 });
    expect(await listed()).toEqual(all.offerings.map((o) => o.offeringId));
    const shapes = page.locator('.leaflet-werkgebieden-pane path');
    const expectedShapes = drawnShapes(all);
    expect(expectedShapes).toBeGreaterThan(0);
    await shapes.nth(expectedShapes - 1).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await shapes.count()).toBe(expectedShapes);
    // The schools keep their markers, one each, above the areas.
    expect(await page.locator('.coverage-map path.leaflet-interactive').count()).toBe(
      coverage.schools.length,
    );
    if (all.nationalOnlyCount > 0) {
      expect(await page.getByTestId('offering-areas-national').innerText()).toContain(
        String(all.nationalOnlyCount),
      );
    }

    // Mark one offering from the list with the keyboard: its areas are drawn again, marked.
    const withShape = all.offerings.find((o) =>
      o.areas.some((a) => a.kind === 'RADIUS' || a.kind === 'POLYGON'),
    )!;
    const mark = page.locator(
      `[data-testid="offering-area-item"][data-offering="${withShape.offeringId}"] button`,
    );
    expect(await mark.getAttribute('aria-label')).toBe(`Markeer op de kaart: ${withShape.title}`);
    await mark.focus();
    await page.keyboard.press('Space');
    await page
      .locator(
        `[data-testid="offering-area-item"][data-offering="${withShape.offeringId}"] button[aria-pressed="true"]`,
      )
      .waitFor();
    const markedShapes = withShape.areas.filter(
      (a) => a.kind === 'RADIUS' || a.kind === 'POLYGON',
    ).length;
    const marked = page.locator('.leaflet-werkgebieden-pane path[stroke="#4a1486"]');
    await marked.nth(markedShapes - 1).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await marked.count()).toBe(markedShapes);
    expect(await page.locator('.coverage-map__legend').innerText()).toMatch(/Gemarkeerd aanbod/);
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .locator('.coverage-map')
      .screenshot({ path: join(SHOTS, 'gemeente-werkgebieden.png') });
    await page.keyboard.press('Enter');
    await marked.first().waitFor({ state: 'detached' });
    expect(await mark.getAttribute('aria-pressed')).toBe('false');

    // Open a gap of that type: it says no offering reaches the school.
    const gapCell = page.locator(`td[data-status="GAP"][data-type="${type}"] button`).first();
    await gapCell.click();
    expect(await gapCell.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('cell-detail-empty').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('cell-detail').innerText()).toMatch(/Witte vlek/);
    expect(await page.getByTestId('cell-detail-offering').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('cell-detail').screenshot({ path: join(SHOTS, 'gemeente-gap.png') });

    // Download the CSV: its rows equal the matrix on the screen.
    const screen = await screenMatrix(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`dekking-${CODE}.csv`);
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(header!.slice(0, 4)).toEqual(['vestigingscode', 'naam', 'sector', 'schooltype']);
    expect(rows).toHaveLength(screen.length);
    expect(rows.map((r) => r[0])).toEqual(screen.map((s) => s.vestigingscode));
    rows.forEach((row, i) => {
      const s = screen[i]!;
      expect(row[1]).toBe(s.name);
      expect(s.cells.map((c) => c.type)).toEqual(coverage.interventionTypes);
      s.cells.forEach((cell, j) => {
        const [offerings, , local, status] = row.slice(4 + j * 4, 8 + j * 4);
        const shown = countsOf(cell.text);
        expect({ at: `${s.vestigingscode}/${cell.type}`, offerings, local, status }).toEqual({
          at: `${s.vestigingscode}/${cell.type}`,
          offerings: String(shown.offerings),
          local: String(shown.local),
          status: STATUS_TEXT[cell.status as Cell['status']],
        });
      });
    });
    await context.close();
  }, 90_000);

  it('shows the largest unmet needs, explains them, runs, saves and exports a scenario (also at 390 px)', async () => {
    const { context, page } = await officerPage();
    const needsRes = await t.gql<{
      municipalityNeeds: {
        themes: { interventionType: string; unmet: number }[];
        schools: { vestigingscode: string; unmet: number }[];
      };
    }>(
      `query ($c: String!) { municipalityNeeds(code: $c) { themes { interventionType unmet } schools { vestigingscode unmet } } }`,
      { c: CODE },
    );
    expect(needsRes.errors).toBeUndefined();
    const expected = needsRes.data!.municipalityNeeds;

    await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
    await page
      .getByRole('heading', { name: 'Waar is hulp het meest nodig?' })
      .waitFor({ timeout: 20_000 });
    await page.getByTestId('needs-theme').first().waitFor({ timeout: 20_000 });
    // Largest unmet need first: the poverty theme, whose offerings are paused, leads.
    const themes = await page
      .getByTestId('needs-theme')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
    expect(themes).toEqual(expected.themes.map((x) => x.interventionType));
    expect(themes[0]).toBe('ARMOEDE_BASIS');
    const schools = await page
      .getByTestId('needs-school')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school')));
    expect(schools).toEqual(expected.schools.slice(0, 10).map((x) => x.vestigingscode));
    expect(await page.getByTestId('needs-summary').innerText()).toMatch(
      /van de gewogen behoefte is gedekt/,
    );
    expect(await page.getByTestId('needs-summary').innerText()).toMatch(/Alle behoefteprofielen/);
    // The map colours every school; the schools table is its list.
    await page.getByTestId('needs-map').waitFor();

    // "Hoe wordt dit berekend?" for the first school's largest unmet theme, by keyboard.
    const explain = page.getByTestId('needs-school').first().locator('button');
    await explain.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('needs-explanation').locator('li').last().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('needs-how').innerText()).toMatch(
      /leerlingen × aandeel × intensiteit/,
    );
    expect(await page.getByTestId('needs-explanation').innerText()).toMatch(/behoefte = /);

    // A scenario: two offerings from the candidates sketched for the largest unmet themes.
    const scenarios = page.getByTestId('scenarios');
    expect(await scenarios.getByTestId('scenario-candidate').count()).toBeGreaterThan(0);
    await scenarios.getByRole('button', { name: 'Doorrekenen' }).click();
    await page.getByTestId('scenario-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('scenario-mode').innerText()).toMatch(/exact/);
    expect(await page.getByTestId('scenario-step').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Naam van het scenario').fill('Armoede eerst');
    await page.getByRole('button', { name: 'Scenario bewaren' }).click();
    await page.getByTestId('scenario-saved').waitFor({ timeout: 10_000 });
    await page.getByTestId('scenario-saved-row').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('scenarios-saved').innerText()).toMatch(/Armoede eerst/);

    // Export: the CSV of the scenario and the selected scenarios as Excel.
    const [csv] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: 'CSV Armoede eerst downloaden' }).click(),
    ]);
    const [header, ...steps] = parseCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(header![0]).toBe('stap');
    expect(steps.length).toBeGreaterThan(0);
    await page.getByLabel('Vergelijk Armoede eerst').check();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Download geselecteerde (Excel)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`scenarios-${CODE}.xlsx`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('needs').screenshot({ path: join(SHOTS, 'gemeente-behoefte.png') });

    // 390 px: nothing wider than the screen but the scrolling tables, and still axe clean.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('needs-summary').waitFor();
    // The needs section and its scenarios fit: only their tables scroll, inside their regions.
    const width = await page.evaluate(
      `document.querySelector('[data-testid="needs"]').getBoundingClientRect().right`,
    );
    const scroll = await page.evaluate(
      `document.querySelector('[data-testid="needs"]').scrollWidth`,
    );
    expect(width as number).toBeLessThanOrEqual(392);
    expect(scroll as number).toBeLessThanOrEqual(392);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'gemeente-behoefte-390.png'), fullPage: true });
    await context.close();
  }, 120_000);

  it('shows anonymous visitors the coverage but not the coalitions', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('matrix-row').first().waitFor({ timeout: 20_000 });
    await page.getByTestId('coalitions-locked').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('coalitions-content').count()).toBe(0);
    expect(await page.getByTestId('coalitions-locked').innerText()).toMatch(/Log in/);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('gives every part of /gemeente a heading of its own, in order (desktop and 390 px, nl and en)', async () => {
    const { context, page } = await officerPage();
    const outlines: Record<string, string[]> = {};
    for (const lang of ['nl', 'en'] as const) {
      await page.evaluate(`localStorage.setItem('partnerwijzer.lang', '${lang}')`);
      for (const width of [1400, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
        await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
        // Every part that has a heading, loaded: needs, scenarios, coverage, coalitions.
        await page.getByTestId('scenario-candidate').first().waitFor({ timeout: 30_000 });
        await page.getByTestId('matrix-row').first().waitFor({ timeout: 20_000 });
        await page.getByTestId('coalitions-content').waitFor({ timeout: 20_000 });
        const outline = await page
          .locator('main :is(h1, h2, h3, h4, h5, h6)')
          .evaluateAll((hs) => hs.map((h) => `${h.tagName[1]} ${h.textContent?.trim() ?? ''}`));
        outlines[`${lang} ${width}`] = outline;
        const texts = outline.map((h) => h.slice(2));
        const twice = texts.filter((x, i) => texts.indexOf(x) !== i);
        // No level skipped on the way down (h2 to h4), one h1 first.
        const skips = outline.filter(
          (h, i) => i > 0 && Number(h[0]) > Number(outline[i - 1]![0]) + 1,
        );
        expect({ lang, width, first: outline[0]?.[0], twice, skips }).toEqual({
          lang,
          width,
          first: '1',
          twice: [],
          skips: [],
        });
      }
    }
    // The same outline on a phone as at the desk.
    expect(outlines['nl 390']).toEqual(outlines['nl 1400']);
    expect(outlines['en 390']).toEqual(outlines['en 1400']);
    await context.close();
  }, 120_000);

  it('keeps both maps inside their frames, above their legends, and shows the schools apart (390 px, no boundary)', async () => {
    const { context, page } = await officerPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('needs-map').waitFor({ timeout: 20_000 });
    await page.getByTestId('municipality-map').waitFor({ timeout: 20_000 });
    // Schiedam has no boundary in the demo data; its three schools lie apart.
    expect(coverage.municipality.hasBoundary).toBe(false);
    expect(coverage.schools.length).toBe(3);

    for (const map of ['needs-map', 'municipality-map']) {
      // The map ends where its frame ends: the legend below it stays visible and readable.
      const { mapBottom, frameBottom, legendHit } = (await page.evaluate(`(() => {
        const map = document.querySelector('[data-testid="${map}"]');
        const frame = map.closest('.coverage-map__frame');
        const legend = frame.nextElementSibling.querySelector('li');
        legend.scrollIntoView({ block: 'center' });
        const r = legend.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return {
          mapBottom: Math.round(map.getBoundingClientRect().bottom),
          frameBottom: Math.round(frame.getBoundingClientRect().bottom),
          legendHit: Boolean(hit && legend.contains(hit)),
        };
      })()`)) as { mapBottom: number; frameBottom: number; legendHit: boolean };
      expect({ map, legendHit }).toEqual({ map, legendHit: true });
      expect(mapBottom).toBeLessThanOrEqual(frameBottom);

      // Each school its own dot: the map is around the schools, not the whole country.
      const dots = (await page.evaluate(`[...document.querySelectorAll(
        '[data-testid="${map}"] path.leaflet-interactive')].map((p) => {
          const r = p.getBoundingClientRect();
          return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
        })`)) as [number, number][];
      expect(dots.length).toBe(3);
      const apart = dots.every(([x, y], i) =>
        dots.every(([u, v], j) => i === j || Math.hypot(x - u, y - v) >= 16),
      );
      expect({ map, dots, apart }).toEqual({ map, dots, apart: true });
    }
    await page.screenshot({ path: join(SHOTS, 'gemeente-kaarten-390.png'), fullPage: true });
    await context.close();
  }, 90_000);

  it('hands the keyboard to an explanation and a cell’s offerings, shown far below what opened them (390 px)', async () => {
    const { context, page } = await officerPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/gemeente?code=${CODE}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('needs-school').first().waitFor({ timeout: 20_000 });

    // "Uitleg berekening" in the schools table: the explanation comes after the map.
    await page.getByTestId('needs-school').first().locator('button').focus();
    await page.keyboard.press('Enter');
    const explained = 'e.closest("[data-testid=needs-explanation]") ? e.tagName : e.tagName + "?"';
    expect(await focusedBecomes(page, explained, 'H4')).toBe('H4');
    expect(await inView(page, '[data-testid="needs-explanation"] h4')).toBe(true);

    // A gap in the matrix: its detail comes after the whole matrix; closing it goes back.
    const gap = page.locator('td[data-status="GAP"] button').first();
    const key = (await gap.getAttribute('data-focus-key'))!;
    await gap.focus();
    await page.keyboard.press('Enter');
    expect(await focusedBecomes(page, 'e.id', 'cell-detail-heading')).toBe('cell-detail-heading');
    expect(await inView(page, '#cell-detail-heading')).toBe(true);
    await page.getByTestId('cell-detail').getByRole('button', { name: 'Sluiten' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-detail').waitFor({ state: 'detached' });
    expect(await focusKeyBecomes(page, key)).toBe(key);
    await context.close();
  }, 90_000);
});
