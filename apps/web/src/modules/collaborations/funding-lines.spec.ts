import { describe, expect, it } from '@jest/globals';

import { formFieldOf, fundingToSend, type Line } from './funding-lines';

const line = (patch: Partial<Line>): Line => ({
  routeCode: '',
  fundName: '',
  amountEur: '',
  validFrom: '',
  validUntil: '',
  ...patch,
});

describe('funding lines sent and the API’s problems placed back', () => {
  // Line 2 of the form was left blank: the API is sent two lines and calls the form's third
  // line its second (funding[1]).
  const lines = [
    line({ routeCode: 'NPO', amountEur: '100' }),
    line({}),
    line({ routeCode: 'FONDS', fundName: 'Leesfonds', amountEur: '-5' }),
  ];

  it('leaves a blank line out and remembers where each sent line sits in the form', () => {
    const sent = fundingToSend(lines, [100, null, -5], 'kies een route');
    expect(sent.funding.map((l) => l.routeCode)).toEqual(['NPO', 'FONDS']);
    expect(sent.formIndex).toEqual([0, 2]);
    expect(sent.problems).toEqual([]);
  });

  it('puts the API’s problem with the second line sent on the form’s third line', () => {
    const { formIndex } = fundingToSend(lines, [100, null, -5], 'kies een route');
    // The three ways the API names a line: its rules, its input checks, input hygiene.
    expect(formFieldOf('funding[1].amountEur', formIndex)).toBe('funding[2].amountEur');
    expect(formFieldOf('funding.1.fundName', formIndex)).toBe('funding[2].fundName');
    expect(formFieldOf('$input.funding[1].fundName', formIndex)).toBe('funding[2].fundName');
    expect(formFieldOf('funding[0].validUntil', formIndex)).toBe('funding[0].validUntil');
    // Fields that are no line keep their name.
    expect(formFieldOf('funding', formIndex)).toBe('funding');
    expect(formFieldOf('endsOn', formIndex)).toBe('endsOn');
  });

  it('refuses a line with an amount but no route at its route, instead of dropping it', () => {
    const sent = fundingToSend(
      [line({ routeCode: 'NPO' }), line({ amountEur: '2500' }), line({ validFrom: ' ' })],
      [null, 2500, null],
      'kies een route',
    );
    expect(sent.problems).toEqual([{ field: 'funding[1].routeCode', message: 'kies een route' }]);
    expect(sent.funding).toHaveLength(1);
    expect(sent.formIndex).toEqual([0]);
  });
});
