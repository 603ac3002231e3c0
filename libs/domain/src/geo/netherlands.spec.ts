import { NETHERLANDS_BBOX, isInNetherlands, isInNetherlandsBBox } from './netherlands.js';

describe('Netherlands bounds', () => {
  it('accepts Dutch places at the far corners', () => {
    expect(isInNetherlands({ lat: 52.0907, lng: 5.1214 })).toBe(true); // Utrecht
    expect(isInNetherlands({ lat: 50.7503, lng: 6.0209 })).toBe(true); // Vaals
    expect(isInNetherlands({ lat: 53.4862, lng: 6.1635 })).toBe(true); // Schiermonnikoog
    expect(isInNetherlands({ lat: 51.3724, lng: 3.3926 })).toBe(true); // Cadzand
  });

  it('rejects swapped coordinates, 0,0 and foreign cities', () => {
    expect(isInNetherlands({ lat: 5.1214, lng: 52.0907 })).toBe(false);
    expect(isInNetherlands({ lat: 0, lng: 0 })).toBe(false);
    expect(isInNetherlands({ lat: 48.8566, lng: 2.3522 })).toBe(false); // Paris
    expect(isInNetherlands({ lat: Number.NaN, lng: 5 })).toBe(false);
  });

  it('treats the box edge as inside', () => {
    expect(isInNetherlands({ lat: NETHERLANDS_BBOX[1], lng: NETHERLANDS_BBOX[0] })).toBe(true);
  });

  it('checks whole boxes', () => {
    expect(isInNetherlandsBBox([4.8, 52.3, 5.0, 52.4])).toBe(true);
    expect(isInNetherlandsBBox([3.0, 52.3, 5.0, 52.4])).toBe(false);
    expect(isInNetherlandsBBox([5.0, 52.4, 4.8, 52.3])).toBe(false);
  });
});
