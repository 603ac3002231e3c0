import { isMunicipalityCode, isPostcode, isVestigingscode, normalisePostcode } from './codes.js';

describe('Dutch codes', () => {
  it('accepts CBS municipality codes and rejects others', () => {
    expect(isMunicipalityCode('GM0363')).toBe(true);
    expect(isMunicipalityCode('GM363')).toBe(false);
    expect(isMunicipalityCode('PV27')).toBe(false);
  });

  it('normalises and validates postcodes', () => {
    expect(normalisePostcode(' 7541 wg ')).toBe('7541WG');
    expect(isPostcode('7541WG')).toBe(true);
    expect(isPostcode('0541WG')).toBe(false);
  });

  it('validates vestigingscodes', () => {
    expect(isVestigingscode('00AH07')).toBe(true);
    expect(isVestigingscode('00AH7')).toBe(false);
  });
});
