import { jest } from '@jest/globals';
import type { TestApp } from '../support/test-app.js';
import { healthyAppPerSuite } from './security-support.js';
import { stringInputCases } from './string-inputs.js';

jest.setTimeout(600_000);

const TOKEN = 'operator-token-for-the-malformed-id-suite-0123';

// What passes its own check around the malformed id, so that only the id is refused; an ADMIN
// names the inbox it reads by organisationId, and a school's by vestigingscode (real ones, below).
const PLAUSIBLE = {
  municipalityCode: 'GM0606',
  code: 'GM0606',
  vestigingscode: '00AH07',
  vestigingscodes: ['00AH07'],
  startsOn: '2026-08-01',
  endsOn: '2027-07-31',
  email: 'beheer@example.nl',
  senderEmail: 'beheer@example.nl',
  name: 'Proef',
  budget: 3,
};
const CASES = stringInputCases('abc', { only: 'ID', plausible: PLAUSIBLE });

/** The names a refusal may give the place `path` in `argument`: the place or a list holding it. */
function namesOf(argument: string, path: string): string[] {
  const own =
    path === '' || path.startsWith('[') ? [argument + path] : [path, `${argument}.${path}`];
  return own.flatMap((name) => {
    const lists = [...name.matchAll(/\[\d+\]/g)].map((m) => name.slice(0, m.index));
    return [name, ...lists];
  });
}

// Every ID a client can send (each query and mutation in apps/api/schema.gql, each ID argument
// and each ID inside its input objects), malformed, sent as an ADMIN. The refusal is
// BAD_USER_INPUT naming what the caller sent: the argument by its own name
// (`collaboration(id: "abc")` was refused as `collaborationId`, an argument it does not have),
// a field of an input by its path in that input (`offeringId`), as other refusals do.
describe('a malformed id in every ID input', () => {
  let t: TestApp;
  healthyAppPerSuite({ ADMIN_API_TOKEN: TOKEN }, (app) => (t = app));

  it('finds the ids of the issue among the inputs', () => {
    const names = CASES.map((c) => c.name);
    for (const expected of [
      'query collaboration $id',
      'mutation setCollaborationStatus $collaborationId',
      'query leaAgreementCoverage $agreementId',
      'query offering $id',
      'mutation requestContact $input.offeringId',
      'mutation createCollaboration $input.organisationIds[0]',
    ]) {
      expect(names).toContain(expected);
    }
    expect(namesOf('ids', '[0]')).toEqual(['ids[0]', 'ids']);
    expect(namesOf('input', 'organisationIds[0]')).toEqual([
      'organisationIds[0]',
      'organisationIds',
      'input.organisationIds[0]',
      'input.organisationIds',
    ]);
  });

  it('refuses each one naming the argument or field that was sent', async () => {
    const [org] = (await t.db.query(`SELECT id FROM organisation ORDER BY name, id LIMIT 1`)) as {
      id: string;
    }[];
    const [school] = (await t.db.query(`SELECT vestigingscode FROM school LIMIT 1`)) as {
      vestigingscode: string;
    }[];
    const real = {
      ...PLAUSIBLE,
      organisationId: org!.id,
      vestigingscode: school!.vestigingscode,
      vestigingscodes: [school!.vestigingscode],
    };
    const failures: string[] = [];
    for (const c of stringInputCases('abc', { only: 'ID', plausible: real })) {
      const res = await t.gql(c.query, c.variables, { authorization: `Bearer ${TOKEN}` });
      const error = res.errors?.[0];
      const named = (error?.extensions?.fields as { field: string }[] | undefined) ?? [];
      const sent = namesOf(c.argument, c.path);
      if (
        error?.extensions?.code !== 'BAD_USER_INPUT' ||
        !named.some((p) => sent.includes(p.field))
      )
        failures.push(`${c.name}: ${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
    }
    expect(failures).toEqual([]);
  });
});
