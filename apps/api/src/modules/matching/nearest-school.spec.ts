import { nearestSchool } from './nearest-school.js';

describe('nearestSchool', () => {
  const schools = [
    { code: 'schiedam', location: { lat: 51.917, lng: 4.399 } },
    { code: 'vlaardingen', location: { lat: 51.912, lng: 4.342 } },
    { code: 'hilversum', location: { lat: 52.225, lng: 5.176 } },
  ];

  it('picks the nearest by distance, not by the nearest latitude alone', () => {
    // Vlaardingen's latitude is closer, Schiedam is nearer (longitude degrees are shorter).
    expect(nearestSchool(schools, { lat: 51.9125, lng: 4.385 })?.code).toBe('schiedam');
    expect(nearestSchool(schools, { lat: 51.91, lng: 4.35 })?.code).toBe('vlaardingen');
    expect(nearestSchool(schools, { lat: 52.2, lng: 5.1 })?.code).toBe('hilversum');
  });

  it('has no answer without schools', () => {
    expect(nearestSchool([], { lat: 52, lng: 5 })).toBeUndefined();
  });
});
