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

  it('accepts only http(s) websites with a real host name', () => {
    expect(normaliseWebsite('https://voorbeeld.nl/pad?x=1')).toBe('https://voorbeeld.nl/pad?x=1');
    expect(normaliseWebsite('http://voorbeeld.nl')).toBe('http://voorbeeld.nl');
    expect(normaliseWebsite('ftp://voorbeeld.nl')).toBeUndefined();
    expect(normaliseWebsite('https://localhost')).toBeUndefined();
    expect(normaliseWebsite('https://a b.nl')).toBeUndefined();
    expect(normaliseWebsite('https://user:pw@voorbeeld.nl')).toBeUndefined();
  });
});
