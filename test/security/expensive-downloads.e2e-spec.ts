import { jest } from '@jest/globals';
import { ReadModelCache } from '../../apps/api/src/modules/organisations/index.js';
import { suiteTestApp } from '../support/test-app.js';
import { getBytes } from '../support/binary-get.js';

// The HSDS datapackage is public and the national one costs seconds (bench:hsds: about 2 s and
// 9 MB with 20,000 offerings). Anonymous requests, one after another or at once, must not each
// build it again: it is built once per state of the directory.
describe('public datapackage downloads are built once per state of the directory', () => {
  const t = suiteTestApp();

  /**
   * The SQL statements the app sends while `run` runs, besides the change-feed polling that
   * goes on in the background.
   */
  async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
    const spy = jest.spyOn(t.db, 'query');
    try {
      await run();
      return spy.mock.calls
        .map(([sql]) => String(sql))
        .filter((sql) => !sql.includes('change_event'));
    } finally {
      spy.mockRestore();
    }
  }

  /**
   * Of `statements`, those a build sends (as in `build`): the background workers' rounds (mail,
   * alerts, search sync) send others and may fall in the window on a busy machine; a second
   * build would send the build's statements twice.
   */
  const ofBuild = (statements: string[], build: string[]) =>
    statements.filter((sql) => build.includes(sql));

  const download = async (path: string) => {
    const res = await getBytes(t, path);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('answers repeated and simultaneous requests from one build, with the same bytes', async () => {
    t.app.get(ReadModelCache).clear();
    let first: Buffer | undefined;
    const once = await statementsDuring(async () => {
      first = await download('/hsds/datapackage.zip');
    });
    expect(once.length).toBeGreaterThan(0);
    // Again, nothing changed: no database work at all.
    let again: Buffer | undefined;
    expect(
      ofBuild(
        await statementsDuring(async () => {
          again = await download('/hsds/datapackage.zip');
        }),
        once,
      ),
    ).toEqual([]);
    expect(again!.equals(first!)).toBe(true);

    // Four at once after a change: one build between them.
    t.app.get(ReadModelCache).clear();
    const together = await statementsDuring(() =>
      Promise.all([1, 2, 3, 4].map(() => download('/hsds/datapackage.zip'))),
    );
    expect(ofBuild(together, once)).toHaveLength(once.length);
  }, 120_000);

  it('shares one municipality package between spellings of its code', async () => {
    t.app.get(ReadModelCache).clear();
    const built = await statementsDuring(() =>
      download('/hsds/datapackage.zip?municipality=GM0606'),
    );
    expect(built.length).toBeGreaterThan(0);
    expect(
      ofBuild(
        await statementsDuring(() => download('/hsds/datapackage.zip?municipality=gm0606')),
        built,
      ),
    ).toEqual([]);
  }, 120_000);
});
