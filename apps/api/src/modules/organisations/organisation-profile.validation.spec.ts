import { normaliseWebsite, validateProfile } from './organisation-profile.validation.js';

describe('validateProfile', () => {
  it('trims, clears optional fields on empty text and keeps only given fields', () => {
    const { columns, problems } = validateProfile({
      name: '  Stichting Lezen Schiedam ',
      website: 'www.lezen-schiedam.nl',
      email: '',
      phone: '+31 10 123 45 67',
      location: { lat: 51.92, lng: 4.4 },
    });
    expect(problems).toEqual([]);
    expect(columns).toEqual({
      name: 'Stichting Lezen Schiedam',
      website: 'https://www.lezen-schiedam.nl',
      email: null,
      phone: '+31 10 123 45 67',
      lat: 51.92,
      lng: 4.4,
    });
    expect(validateProfile({ location: null }).columns).toEqual({ lat: null, lng: null });
  });

  it('names every bad field and returns nothing to write', () => {
    const { columns, problems } = validateProfile({
      name: ' x ',
      type: null,
      website: 'javascript:alert(1)',
      email: 'geen-adres',
      phone: 'bel ons',
      location: { lat: 48.85, lng: 2.35 },
    });
    expect(columns).toEqual({});
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'type',
      'website',
      'email',
      'phone',
      'location',
    ]);
    expect(problems.find((p) => p.field === 'location')?.message).toMatch(/niet in Nederland/);
  });

  it('takes the usual Dutch notations of a phone number, stored as typed (trimmed)', () => {
    for (const phone of ['(010) 123 45 67', '+31 (0)10 123 4567', '06-12345678']) {
      expect(validateProfile({ phone: ` ${phone} ` })).toEqual({
        columns: { phone },
        problems: [],
      });
    }
    expect(validateProfile({ phone: '010 123 45 6' }).problems).toEqual([
      expect.objectContaining({ field: 'phone', code: 'INVALID_PHONE' }),
    ]);
  });

  it('does not check again a phone number sent back unchanged (stored under an older rule)', () => {
    const current = { phone: '123456' };
    expect(validateProfile({ name: 'Stichting Oud', phone: '123456' }, current)).toEqual({
      columns: { name: 'Stichting Oud', phone: '123456' },
      problems: [],
    });
    expect(validateProfile({ phone: '1234567' }, current).problems).toEqual([
      expect.objectContaining({ field: 'phone', code: 'INVALID_PHONE' }),
    ]);
  });

  it('accepts only http(s) websites with a real host name', () => {
    expect(normaliseWebsite('https://voorbeeld.nl/pad?x=1')).toBe('https://voorbeeld.nl/pad?x=1');
    expect(normaliseWebsite('http://voorbeeld.nl')).toBe('http://voorbeeld.nl');
    expect(normaliseWebsite('ftp://voorbeeld.nl')).toBeUndefined();
    expect(normaliseWebsite('https://localhost')).toBeUndefined();
    expect(normaliseWebsite('https://a b.nl')).toBeUndefined();
    expect(normaliseWebsite('https://user:pw@voorbeeld.nl')).toBeUndefined();
  });

  it('stores a website as scheme, two slashes and host, never in a spelling only URL() reads', () => {
    expect(normaliseWebsite('//voorbeeld.nl/pad')).toBe('https://voorbeeld.nl/pad');
    expect(normaliseWebsite('HTTPS://VOORBEELD.NL')).toBe('HTTPS://VOORBEELD.NL');
    for (const odd of [
      'https:voorbeeld.nl',
      'https:/voorbeeld.nl',
      'https:///voorbeeld.nl',
      'https:////voorbeeld.nl',
      'https:\\\\voorbeeld.nl',
      'https://\\voorbeeld.nl',
      '///voorbeeld.nl',
    ]) {
      expect([odd, normaliseWebsite(odd)]).toEqual([odd, undefined]);
    }
  });
});
