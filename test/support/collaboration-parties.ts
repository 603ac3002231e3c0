import { createStaffAndOfficer } from './browser-accounts.js';
import type { TestApp } from './test-app.js';

/**
 * The parties of the collaboration suites in Chromium: the demo seed's school De Regenboog in
 * Schiedam (GM0606), a staff member of it, an officer of Schiedam, and the label of the need
 * they record (EXTRA_LEERTIJD).
 */
export const PARTIES = {
  school: { code: 'ZZ0100', name: 'Voorbeeldschool De Regenboog' },
  staff: { email: 'ib@regenboog.example.nl', password: 'de regenboog werkt samen' },
  officer: { email: 'lea@schiedam.example.nl', password: 'afspraken in de LEA van Schiedam' },
  need: 'Extra begeleiding, tutoring, extra leertijd',
};

/** Makes the staff member and the officer in the suite's app, as an operator with `token`. */
export function createParties(t: TestApp, token: string): Promise<void> {
  const { school, staff, officer } = PARTIES;
  return createStaffAndOfficer(t, token, { code: school.code, staff }, officer);
}
