import {
  allMet,
  area,
  daysAgo,
  HILVERSUM,
  offering,
  PLACE_NAMES,
  query,
  SCHIEDAM,
  VLAARDINGEN_CENTRE,
  type MatchScenario,
} from './scenario.js';

// A primary school in Schiedam asks for extra learning time. Coverage decides who reaches it:
// a national tutoring offer, a Schiedam-only partner and a radius from Vlaardingen that
// crosses the municipal border do; partners that only work in Hilversum do not.
export const schiedamExtraLeertijd: MatchScenario = {
  name: 'school in Schiedam needing extra learning time gets the national tutoring offer and the Schiedam-only partner but not the Hilversum-only one',
  placeNames: PLACE_NAMES,
  offerings: [
    offering({
      id: 'tutoring-landelijk',
      interventionCodes: ['EXTRA_LEERTIJD'],
      sectors: ['PO'],
      groepMin: 6,
      groepMax: 8,
      evidenceRegister: 'NJI',
      evidenceLevel: 'PROVEN_EFFECTIVE',
      organisationStatus: 'VERIFIED',
      costType: 'PAID',
      costAmountEur: 1200,
      lastConfirmedAt: daysAgo(30),
      coverage: [area.national('nl-1')],
    }),
    offering({
      id: 'schiedam-huiswerk',
      interventionCodes: ['EXTRA_LEERTIJD'],
      organisationStatus: 'PENDING',
      partnerLocation: { lat: 51.93, lng: 4.41 },
      lastConfirmedAt: daysAgo(400),
      coverage: [area.municipality('gm-schiedam', SCHIEDAM.municipalityCode)],
    }),
    offering({
      id: 'vlaardingen-straal',
      interventionCodes: ['EXTRA_LEERTIJD'],
      evidenceRegister: 'NPO_MENUKAART',
      evidenceLevel: 'INDICATIONS_OF_EFFECT',
      partnerLocation: VLAARDINGEN_CENTRE,
      lastConfirmedAt: daysAgo(10),
      coverage: [area.radius('r-vlaardingen', VLAARDINGEN_CENTRE, 5)],
    }),
    offering({
      id: 'hilversum-bijles',
      interventionCodes: ['EXTRA_LEERTIJD'],
      coverage: [area.municipality('gm-hilversum', HILVERSUM.municipalityCode)],
    }),
    offering({
      id: 'hilversum-straal',
      interventionCodes: ['EXTRA_LEERTIJD'],
      partnerLocation: HILVERSUM.point,
      coverage: [area.radius('r-hilversum', HILVERSUM.point, 15)],
    }),
  ],
  cases: [
    {
      description: 'BAO school in Schiedam asking for EXTRA_LEERTIJD',
      query: query(['EXTRA_LEERTIJD'], { schoolType: 'BAO' }),
      expected: {
        // 88.5 (radius 0.9, NPO, fresh, verified) > 83 (national, NJi) > 66 (local, pending, stale)
        ids: ['vlaardingen-straal', 'tutoring-landelijk', 'schiedam-huiswerk'],
        exclude: ['hilversum-bijles', 'hilversum-straal'],
        totalMatches: 3,
        scores: { 'vlaardingen-straal': 88.5, 'tutoring-landelijk': 83, 'schiedam-huiswerk': 66 },
        areas: { 'schiedam-huiswerk': 'gm-schiedam', 'tutoring-landelijk': 'nl-1' },
        distances: {
          'schiedam-huiswerk': 1.5,
          'vlaardingen-straal': 4,
          'tutoring-landelijk': null,
        },
        reasons: {
          'tutoring-landelijk': [
            'werkt landelijk',
            'biedt extra leertijd voor groep 6–8',
            'erkend door het NJi: Effectief volgens goede aanwijzingen',
            'geverifieerde partner',
            'gegevens bevestigd in het afgelopen halfjaar',
          ],
          'schiedam-huiswerk': [
            'werkt in heel Schiedam',
            'biedt extra leertijd',
            'al meer dan een jaar niet bevestigd',
            'partner op 1,5 km',
            'gratis',
          ],
          'vlaardingen-straal': [
            // The circle is drawn around the partner's own location.
            'werkt binnen 5 km van de vestiging van de partner',
            // The NPO menukaart rates kinds of intervention: no badge for the offering, only
            // the level the partner states.
            'Effectief volgens eerste aanwijzingen (opgave van de partner)',
            'partner op 4 km',
          ],
        },
        ...allMet(['vlaardingen-straal'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'the same request from Hilversum gets the national and the Hilversum partners',
      query: query(['EXTRA_LEERTIJD'], { ...HILVERSUM, schoolType: 'BAO' }),
      expected: {
        // 83 (national, NJi) > 80 (municipality) > 78.5 (15 km radius, less local)
        ids: ['tutoring-landelijk', 'hilversum-bijles', 'hilversum-straal'],
        exclude: ['schiedam-huiswerk', 'vlaardingen-straal'],
        totalMatches: 3,
        ...allMet(['tutoring-landelijk'], ['EXTRA_LEERTIJD']),
        reasons: { 'hilversum-bijles': ['werkt in heel Hilversum'] },
      },
    },
  ],
};
