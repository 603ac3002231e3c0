import { describe, expect, it } from '@jest/globals';

import { problemText } from '../forms/problem-catalogue';
import type { ImportReport } from './hsds-import';

// The import report's refusals are worded as the forms' problems: by code from the catalogue,
// in the page's language; INVALID and an older server's refusal without a code by its message.

type Refusal = ImportReport['refused'][number];

const refusal = (r: Partial<Refusal>): Refusal => ({
  record: 'service_area 5d0f3c1e-8a2b-4c6d-9e7f-1a2b3c4d5e70',
  field: 'uri',
  message: 'onbekende gemeente (unknown municipality): GM9999',
  ...r,
});

describe('an HSDS import refusal in the page', () => {
  it('is worded from the catalogue by its code, in Dutch and in English', () => {
    const unknown = refusal({
      code: 'UNKNOWN_CODES',
      params: { kind: 'MUNICIPALITY', codes: 'GM9999' },
    });
    expect(problemText(unknown, 'nl')).toBe('Onbekende gemeentecode: GM9999.');
    expect(problemText(unknown, 'en')).toBe('Unknown municipality code: GM9999.');
    const long = refusal({
      field: 'name',
      message: 'mag hoogstens 120 tekens zijn (at most 120 characters)',
      code: 'TOO_LONG',
      params: { max: 120 },
    });
    expect(problemText(long, 'en')).toBe('At most 120 characters.');
  });

  it('shows the server’s message for INVALID and for a refusal without a code', () => {
    const invalid = refusal({
      field: 'status',
      message: 'moet active of inactive zijn (must be active or inactive)',
      code: 'INVALID',
    });
    expect(problemText(invalid, 'nl')).toBe('Moet active of inactive zijn.');
    expect(problemText(invalid, 'en')).toBe('Must be active or inactive.');
    const older = refusal({ field: 'extent', message: 'geen geldige GeoJSON (not valid GeoJSON)' });
    expect(problemText(older, 'en')).toBe('Not valid GeoJSON.');
  });
});
