import { INTERVENTION_CODES } from '../../taxonomy/intervention-type.js';
import { INTERVENTION_TYPES } from '../../taxonomy/intervention-types.data.js';
import { buildReasons } from '../reasons.js';
import { REASON_CODES, type ReasonCode, type ReasonParams } from './reason-params.js';
import { REASONS_EN } from './reasons.en.js';
import { REASONS_NL } from './reasons.nl.js';
import { renderReason, renderReasonOf, uncoveredNeedsText } from './render-reason.js';

// Every code with concrete parameters, and the sentence each catalogue must make of them.
const CASES: { [C in ReasonCode]: [ReasonParams[C], string, string][] } = {
  FULL: [[{}, 'geen plaats meer dit schooljaar', 'no places left this school year']],
  COVERAGE_NATIONAL: [[{ areaId: 'a1' }, 'werkt landelijk', 'works nationwide']],
  COVERAGE_PROVINCE: [
    [
      { areaId: 'a1', provinceCode: 'PV28', name: 'Zuid-Holland' },
      'werkt in heel Zuid-Holland',
      'works throughout Zuid-Holland',
    ],
  ],
  COVERAGE_MUNICIPALITY: [
    [
      { areaId: 'a1', municipalityCode: 'GM0606', name: 'Schiedam' },
      'werkt in heel Schiedam',
      'works throughout Schiedam',
    ],
  ],
  COVERAGE_RADIUS: [
    [
      { areaId: 'a1', radiusKm: 7.5 },
      'werkt binnen 7,5 km van de vestiging van de partner',
      "works within 7.5 km of the partner's office",
    ],
    [
      { areaId: 'a1', radiusKm: 10, centreKind: 'NAMED', centre: 'Schiedam-Oost' },
      'werkt binnen 10 km van Schiedam-Oost',
      'works within 10 km of Schiedam-Oost',
    ],
    [
      { areaId: 'a1', radiusKm: 10, centreKind: 'PARTNER' },
      'werkt binnen 10 km van de vestiging van de partner',
      "works within 10 km of the partner's office",
    ],
    [
      { areaId: 'a1', radiusKm: 10, centreKind: 'POINT' },
      'werkt binnen 10 km van een punt dat de partner koos',
      'works within 10 km of a point the partner chose',
    ],
    [
      { areaId: 'a1', radiusKm: 25 },
      'werkt binnen 25 km van de vestiging van de partner',
      "works within 25 km of the partner's office",
    ],
  ],
  COVERAGE_POLYGON: [
    [
      { areaId: 'a1', label: 'Oost' },
      'werkgebied op de kaart omvat deze school',
      'its service area on the map includes this school',
    ],
  ],
  NEED_MET: [
    [
      { need: 'EXTRA_LEERTIJD', groepMin: 6, groepMax: 8 },
      'biedt extra leertijd voor groep 6–8',
      'offers extra support, tutoring and extra learning time for groups 6–8',
    ],
    [
      { need: 'TAAL_LEZEN', groepMin: 8, groepMax: 8 },
      'biedt taal en lezen voor groep 8',
      'offers language and reading for group 8',
    ],
    [
      { need: 'MENTORING', groepMax: 2 },
      'biedt mentoring voor groep 1–2',
      'offers one-to-one mentoring and coaching for groups 1–2',
    ],
    [
      { need: 'OUDERBETROKKENHEID', groepMin: 5 },
      'biedt ouderbetrokkenheid voor groep 5–8',
      'offers parental involvement for groups 5–8',
    ],
    [{ need: 'ARMOEDE_BASIS' }, 'biedt hulp bij armoede', 'offers poverty and basic conditions'],
  ],
  // The NJi recognition levels by their own names (Databank Effectieve Jeugdinterventies).
  EVIDENCE_NJI_EFFECTIVE: [
    [
      { register: 'NJI', level: 'PROVEN_EFFECTIVE' },
      'erkend door het NJi: Effectief volgens goede aanwijzingen',
      'recognised by the NJi: Effectief volgens goede aanwijzingen (effective: good indications)',
    ],
    [
      { register: 'NJI', level: 'THEORETICALLY_SOUND' },
      'erkend door het NJi: Goed onderbouwd',
      'recognised by the NJi: Goed onderbouwd (well founded)',
    ],
  ],
  EVIDENCE_NPO_MENUKAART: [
    [
      { register: 'NPO_MENUKAART', level: 'INDICATIONS_OF_EFFECT' },
      'soort interventie op de NPO-menukaart (geen oordeel over dit aanbod)',
      'kind of intervention on the NPO menukaart (no verdict on this offering)',
    ],
  ],
  EVIDENCE_LEVEL: [
    [
      { register: 'NJI', level: 'NOT_ASSESSED' },
      'effect nog niet beoordeeld (NJi)',
      'effect not assessed yet (NJi)',
    ],
    [
      { register: 'OTHER', level: 'STRONG_EVIDENCE' },
      'Effectief volgens sterke aanwijzingen (opgave van de partner)',
      'Effectief volgens sterke aanwijzingen (effective: strong indications), as stated by the partner',
    ],
    [
      { register: 'NPO_MENUKAART', level: 'INDICATIONS_OF_EFFECT' },
      'Effectief volgens eerste aanwijzingen (opgave van de partner)',
      'Effectief volgens eerste aanwijzingen (effective: first indications), as stated by the partner',
    ],
    [
      { register: 'NONE', level: 'NOT_ASSESSED' },
      'effect nog niet beoordeeld',
      'effect not assessed yet',
    ],
  ],
  VERIFIED_PARTNER: [[{}, 'geverifieerde partner', 'verified partner']],
  NEVER_CONFIRMED: [[{}, 'gegevens nog nooit bevestigd', 'details never confirmed']],
  RECENTLY_CONFIRMED: [
    [
      { days: 12 },
      'gegevens bevestigd in het afgelopen halfjaar',
      'details confirmed in the last six months',
    ],
  ],
  NOT_CONFIRMED_FOR_A_YEAR: [
    [{ days: 400 }, 'al meer dan een jaar niet bevestigd', 'not confirmed for more than a year'],
  ],
  DISTANCE: [
    [{ km: 0 }, 'partner op minder dan 0,1 km', 'partner less than 0.1 km away'],
    [{ km: 0.1 }, 'partner op 0,1 km', 'partner 0.1 km away'],
    [{ km: 3.2 }, 'partner op 3,2 km', 'partner 3.2 km away'],
    [{ km: 12 }, 'partner op 12 km', 'partner 12 km away'],
  ],
  FREE: [[{}, 'gratis', 'free']],
};

describe('reason catalogue', () => {
  it('has a case above for every code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...REASON_CODES].sort());
  });

  for (const code of REASON_CODES) {
    for (const [params, nl, en] of CASES[code] as [ReasonParams[typeof code], string, string][]) {
      it(`renders ${code} ${JSON.stringify(params)} in Dutch and English`, () => {
        expect(renderReasonOf(REASONS_NL, code, params)).toBe(nl);
        expect(renderReasonOf(REASONS_EN, code, params)).toBe(en);
        // The same through the untyped path the web uses for parameters from JSON.
        expect(renderReason(REASONS_NL, code, JSON.parse(JSON.stringify(params)))).toBe(nl);
        expect(renderReason(REASONS_EN, code, JSON.parse(JSON.stringify(params)))).toBe(en);
      });
    }
  }

  it('says nothing for a code it does not know, so the caller can show the server text', () => {
    expect(renderReason(REASONS_EN, 'SOMETHING_NEW', {})).toBeNull();
    expect(renderReason(REASONS_NL, 'toString', {})).toBeNull();
  });

  it('uses the code when a place name is missing from the parameters', () => {
    expect(renderReason(REASONS_EN, 'COVERAGE_PROVINCE', { provinceCode: 'PV27' })).toBe(
      'works throughout PV27',
    );
    expect(renderReason(REASONS_NL, 'COVERAGE_MUNICIPALITY', { municipalityCode: 'GM0363' })).toBe(
      'werkt in heel GM0363',
    );
  });

  it('has a need phrase per intervention code in both languages; English follows the taxonomy labels', () => {
    for (const code of INTERVENTION_CODES) {
      expect(REASONS_NL.needPhrases[code]).toMatch(/^[a-z]/);
      const label = INTERVENTION_TYPES.find((t) => t.code === code)?.labelEn;
      expect(REASONS_EN.needPhrases[code]).toBe(label?.toLowerCase());
    }
  });

  it('lists uncovered needs in both languages', () => {
    expect(uncoveredNeedsText(REASONS_NL, ['OUDERBETROKKENHEID', 'MENTORING'])).toBe(
      'geen aanbod gevonden voor: ouderbetrokkenheid, mentoring',
    );
    expect(uncoveredNeedsText(REASONS_EN, ['OUDERBETROKKENHEID', 'MENTORING'])).toBe(
      'no offering found for: parental involvement, one-to-one mentoring and coaching',
    );
    expect(uncoveredNeedsText(REASONS_EN, [])).toBeNull();
  });

  it('the engine’s Dutch text is the Dutch catalogue applied to its code and parameters', () => {
    const reasons = buildReasons({
      offering: {
        id: 'o1',
        organisationId: 'org1',
        organisationName: 'Stichting Bijles',
        organisationStatus: 'VERIFIED',
        // The circle is drawn around the partner's own location.
        partnerLocation: { lat: 52, lng: 4 },
        title: 'Bijles',
        status: 'ACTIVE',
        interventionCodes: ['EXTRA_LEERTIJD'],
        sectors: [],
        targetGroups: [],
        groepMin: 6,
        groepMax: 8,
        ageMin: null,
        ageMax: null,
        deliveryModes: [],
        costType: 'FREE',
        costAmountEur: null,
        evidenceRegister: 'NJI',
        evidenceLevel: 'THEORETICALLY_SOUND',
        remainingCapacity: 0,
        lastConfirmedAt: null,
        coverage: [],
      },
      area: {
        areaId: 'a1',
        area: { kind: 'RADIUS', center: { lat: 52, lng: 4 }, radiusKm: 2.25 },
        locality: 1,
      },
      needsMet: ['EXTRA_LEERTIJD'],
      distanceKm: 0,
      full: true,
      confirmedMs: Number.NaN,
      nowMs: Date.UTC(2026, 0, 1),
      names: undefined,
    });
    expect(reasons.map((r) => r.code)).toEqual([
      'FULL',
      'COVERAGE_RADIUS',
      'NEED_MET',
      'EVIDENCE_NJI_EFFECTIVE',
      'VERIFIED_PARTNER',
      'NEVER_CONFIRMED',
      'DISTANCE',
      'FREE',
    ]);
    for (const r of reasons) expect(r.text).toBe(renderReason(REASONS_NL, r.code, r.params));
    expect(reasons.map((r) => r.text)).toEqual([
      'geen plaats meer dit schooljaar',
      'werkt binnen 2,3 km van de vestiging van de partner',
      'biedt extra leertijd voor groep 6–8',
      'erkend door het NJi: Goed onderbouwd',
      'geverifieerde partner',
      'gegevens nog nooit bevestigd',
      'partner op minder dan 0,1 km',
      'gratis',
    ]);
  });
});
