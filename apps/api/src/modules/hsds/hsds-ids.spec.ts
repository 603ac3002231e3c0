import { derivedId } from './hsds-ids.js';

describe('derivedId', () => {
  it('keeps the published ids (UUID version 5 in our namespace)', () => {
    // The id of the intervention-type taxonomy as published since the first export.
    expect(derivedId('taxonomy', 'interventietype')).toBe('ac54ffae-5848-57e1-a7fa-9b45960ca0c1');
    expect(derivedId('attribute', 'c8c42402-cdc5-4048-b34d-3f8c7dfe8b11', 'x')).toBe(
      '2c84ba65-885b-51fb-afb1-58a545991370',
    );
    expect(derivedId('taal', 'é')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(derivedId('a', 'b')).not.toBe(derivedId('a', 'c'));
  });
});
