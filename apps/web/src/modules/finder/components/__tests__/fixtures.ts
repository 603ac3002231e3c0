import type { FinderMatch } from '../../hooks/use-matches';
import type { InterventionTypeNode } from '../../../../shared/intervention-types/use-intervention-types';

export const TYPES: InterventionTypeNode[] = [
  {
    code: 'OUDERBETROKKENHEID',
    labelNl: 'Ouderbetrokkenheid',
    labelEn: 'Parental involvement',
    descriptionNl: 'Ouders bereiken en betrekken.',
    descriptionEn: 'Reach and involve parents.',
    evidenceNoteNl: 'Hattie (2009): ouderbetrokkenheid 0,51.',
    evidenceNoteEn: 'Hattie (2009): parental involvement 0.51.',
    sortOrder: 4,
  },
  {
    code: 'EXTRA_LEERTIJD',
    labelNl: 'Extra begeleiding, tutoring, extra leertijd',
    labelEn: 'Extra support, tutoring and extra learning time',
    descriptionNl: 'Meer onderwijstijd of begeleiding in kleine groepen.',
    descriptionEn: 'More learning time or small-group support.',
    evidenceNoteNl: 'Verlengde schooldag: hooguit zo’n 2 maanden (EEF-toolkit, 2018).',
    evidenceNoteEn: 'Extended school day: at most about 2 months (EEF toolkit, 2018).',
    sortOrder: 1,
  },
];

export const needLabel = (code: string) => {
  const type = TYPES.find((t) => t.code === code);
  return type ? type.labelNl : code;
};

export function aMatch(overrides: Partial<FinderMatch> = {}): FinderMatch {
  return {
    offeringId: '11111111-1111-4111-8111-111111111111',
    score: 81.5,
    needsMet: ['EXTRA_LEERTIJD'],
    reasons: [
      {
        code: 'COVERAGE_MUNICIPALITY',
        text: 'werkt in heel Schiedam',
        params: { name: 'Schiedam', municipalityCode: 'GM0606' },
      },
      {
        code: 'NEED_MET',
        text: 'biedt extra leertijd voor groep 6–8',
        params: { need: 'EXTRA_LEERTIJD', groepMin: 6, groepMax: 8 },
      },
      {
        code: 'EVIDENCE_LEVEL',
        text: 'Effectief volgens eerste aanwijzingen (opgave van de partner)',
        params: { register: 'NPO_MENUKAART', level: 'INDICATIONS_OF_EFFECT' },
      },
      { code: 'DISTANCE', text: 'partner op 1,2 km', params: { km: 1.2 } },
    ],
    distanceKm: 1.2,
    matchedArea: { areaId: 'a1', kind: 'MUNICIPALITY', label: null },
    full: false,
    isStale: false,
    offering: {
      id: '11111111-1111-4111-8111-111111111111',
      title: 'Verlengde schooldag',
      description: 'Na school extra leertijd.',
      interventionCodes: ['EXTRA_LEERTIJD'],
      sectors: ['PO'],
      targetGroups: ['PUPILS'],
      groep: { min: 6, max: 8 },
      age: { min: null, max: null },
      deliveryModes: ['AFTER_SCHOOL'],
      cost: { type: 'SUBSIDISED', amountEur: 12.5, note: null },
      fundingRoutes: ['NPO'],
      evidence: {
        register: 'NPO_MENUKAART',
        level: 'INDICATIONS_OF_EFFECT',
        source: 'NPO-menukaart',
      },
      capacityPerYear: 10,
      languages: ['nl'],
      lastConfirmedAt: '2025-03-14T10:00:00.000Z',
    },
    organisation: {
      id: '22222222-2222-4222-8222-222222222222',
      name: 'Stichting Verlengde Schooldag',
      type: 'FOUNDATION',
      status: 'VERIFIED',
      verifiedAt: '2025-01-01T00:00:00.000Z',
      lastConfirmedAt: '2025-03-01T00:00:00.000Z',
      website: null,
      email: null,
      phone: null,
      city: 'Schiedam',
      location: { lat: 51.92, lng: 4.4 },
      description: '',
    },
    ...overrides,
  };
}
