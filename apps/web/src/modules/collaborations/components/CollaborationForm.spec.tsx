import { describe, expect, it } from '@jest/globals';

import { fieldIdOf, linesOf } from './CollaborationForm';

describe('fieldIdOf', () => {
  it('sends every field the API names to the input that holds it', () => {
    expect(fieldIdOf('title')).toBe('c-title');
    expect(fieldIdOf('vestigingscodes[2]')).toBe('c-schools');
    expect(fieldIdOf('organisationIds')).toBe('c-partners');
    expect(fieldIdOf('goals[0]')).toBe('c-goals');
    expect(fieldIdOf('endsOn')).toBe('c-end');
    expect(fieldIdOf('funding[1].fundName')).toBe('c-f1-fundName');
    expect(fieldIdOf('funding')).toBe('c-funding');
    expect(fieldIdOf('contactRequestId')).toBe('c-title');
    expect(fieldIdOf('note')).toBe('c-note');
    expect(fieldIdOf('collaborationId')).toBe('c-title');
    expect(fieldIdOf('something-new')).toBe('c-title');
  });
});

describe('linesOf (the edit form, prefilled)', () => {
  it('turns recorded funding lines into the form’s text fields, and none into one empty line', () => {
    expect(
      linesOf([
        {
          routeCode: 'FONDS',
          fundName: 'Jeugdeducatiefonds',
          amountEur: 12000,
          validFrom: null,
          validUntil: '2027-07-31',
        },
        { routeCode: 'NPO', fundName: null, amountEur: 0, validFrom: null, validUntil: null },
      ]),
    ).toEqual([
      {
        routeCode: 'FONDS',
        fundName: 'Jeugdeducatiefonds',
        amountEur: '12000',
        validFrom: '',
        validUntil: '2027-07-31',
      },
      { routeCode: 'NPO', fundName: '', amountEur: '0', validFrom: '', validUntil: '' },
    ]);
    expect(linesOf([])).toEqual([
      { routeCode: '', fundName: '', amountEur: '', validFrom: '', validUntil: '' },
    ]);
  });
});
