import { describe, expect, it } from '@jest/globals';

import { collaborationsEn, collaborationsNl } from '../collaborations.messages';
import { fieldIdOf, fieldLabelOf, linesOf } from './CollaborationForm';

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

describe('fieldLabelOf (the error summary)', () => {
  it('names a field the API refused as the form labels it, in the language shown', () => {
    const nl = collaborationsNl.form;
    expect(fieldLabelOf('startsOn', nl)).toBe('Begindatum');
    expect(fieldLabelOf('goals[3]', nl)).toBe('Doelen');
    expect(fieldLabelOf('organisationIds', nl)).toBe('Partnerorganisaties');
    expect(fieldLabelOf('interventionCodes', nl)).toBe('Soorten hulp');
    expect(fieldLabelOf('funding[1].amountEur', nl)).toBe('Financieringsregel 2, bedrag (euro)');
    expect(fieldLabelOf('endsOn', collaborationsEn.form)).toBe('End date');
    // Unknown to the form: the summary keeps the API's own name.
    expect(fieldLabelOf('contactRequestId', nl)).toBeUndefined();
    expect(fieldLabelOf('funding[0].other', nl)).toBeUndefined();
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
