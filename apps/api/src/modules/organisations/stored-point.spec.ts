import { storedPoint } from './stored-point.js';

describe('storedPoint', () => {
  it('is a point when both columns are set, zero included', () => {
    expect(storedPoint(51.9, 4.4)).toEqual({ lat: 51.9, lng: 4.4 });
    expect(storedPoint(0, 0)).toEqual({ lat: 0, lng: 0 });
  });

  it('is null when either column is empty', () => {
    expect(storedPoint(null, 4.4)).toBeNull();
    expect(storedPoint(51.9, null)).toBeNull();
    expect(storedPoint(null, null)).toBeNull();
  });
});
