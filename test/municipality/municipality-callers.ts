import type { NewAccount } from '../../apps/api/src/modules/accounts/accounts.service.js';
import { type Session, signIn } from '../accounts/accounts-support.js';
import type { TestApp } from '../support/test-app.js';

// The people whose access the municipality downloads and exports are checked for: the officer
// of the municipality, an officer of another one (Dordrecht) and staff at one of its schools.

export type MunicipalityCaller = 'officer' | 'otherOfficer' | 'staff';

/**
 * Signs in (signIn, into `sessions`) an officer of `code` (lea@schiedam.nl), an officer of
 * GM0402 Dordrecht (lea@dordrecht.nl) and staff (ib@school.nl) at the first active school of
 * `code` by vestigingscode, together with the `extra` accounts a suite also needs.
 */
export async function signInMunicipalityCallers<K extends string>(
  t: TestApp,
  code: string,
  sessions: Map<K | MunicipalityCaller, Session>,
  extra: Partial<Record<K, NewAccount>> = {},
): Promise<void> {
  const [school] = (await t.db.query(
    `SELECT vestigingscode FROM school WHERE municipality_code = $1 AND active ORDER BY vestigingscode LIMIT 1`,
    [code],
  )) as { vestigingscode: string }[];
  const callers: Record<MunicipalityCaller, NewAccount> = {
    officer: { email: 'lea@schiedam.nl', role: 'MUNICIPALITY_OFFICER', municipalityCodes: [code] },
    otherOfficer: {
      email: 'lea@dordrecht.nl',
      role: 'MUNICIPALITY_OFFICER',
      municipalityCodes: ['GM0402'],
    },
    staff: { email: 'ib@school.nl', role: 'SCHOOL_STAFF', schoolCodes: [school!.vestigingscode] },
  };
  // A spread of a generic record does not narrow to the union of its keys: said here.
  const accounts = { ...extra, ...callers } as Partial<Record<K | MunicipalityCaller, NewAccount>>;
  await signIn(t, accounts, sessions);
}
