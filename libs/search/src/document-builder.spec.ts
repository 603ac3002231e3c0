import { getInterventionType, type MatchableOffering } from '@partnerwijzer/domain';
import { isSearchable, toOfferingDocument, type OfferingText } from './document-builder.js';

const offering = (over: Partial<MatchableOffering> = {}): MatchableOffering => ({
  id: 'o1',
  organisationId: 'org1',
  organisationName: 'Stichting Lezen',
  organisationStatus: 'VERIFIED',
  partnerLocation: { lat: 52.1, lng: 5.1 },
  title: 'Voorleesproject',
  status: 'ACTIVE',
  interventionCodes: ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID'],
  sectors: ['PO'],
  targetGroups: ['PARENTS'],
  groepMin: 1,
  groepMax: 4,
  ageMin: null,
  ageMax: null,
  deliveryModes: ['DURING_SCHOOL'],
  costType: 'PAID',
  costAmountEur: 125.5,
  fundingRouteCodes: ['NPO', 'FONDS'],
  languages: ['nl-NL', 'tr', 'NL'],
  evidenceRegister: 'NONE',
  evidenceLevel: 'NOT_ASSESSED',
  remainingCapacity: null,
  lastConfirmedAt: new Date(Date.UTC(2026, 0, 2)),
  coverage: [],
  ...over,
});

const text: OfferingText = {
  description: 'Wekelijks voorlezen in de klas.',
  organisationType: 'FOUNDATION',
  organisationDescription: 'Een stichting voor leesplezier.',
  city: 'Utrecht',
  updatedAt: new Date(Date.UTC(2026, 5, 1, 12)),
};

describe('toOfferingDocument', () => {
  it('copies every searchable, filterable and sortable field', () => {
    const doc = toOfferingDocument(offering(), text);
    expect(doc).toEqual({
      id: 'o1',
      organisationId: 'org1',
      organisationName: 'Stichting Lezen',
      organisationType: 'FOUNDATION',
      organisationDescription: 'Een stichting voor leesplezier.',
      title: 'Voorleesproject',
      description: 'Wekelijks voorlezen in de klas.',
      interventionTypes: ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID'],
      interventionLabels: [
        getInterventionType('EXTRA_LEERTIJD').labelNl,
        getInterventionType('OUDERBETROKKENHEID').labelNl,
      ],
      sectors: ['PO'],
      targetGroups: ['PARENTS'],
      deliveryModes: ['DURING_SCHOOL'],
      costType: 'PAID',
      costAmountEur: 125.5,
      fundingRoutes: ['NPO', 'FONDS'],
      // A tag stored before tags were normalised on write ("nl-NL") counts as its language.
      languages: ['nl', 'tr'],
      verified: true,
      national: false,
      provinceCodes: [],
      municipalityCodes: [],
      spatial: false,
      city: 'Utrecht',
      location: { lat: 52.1, lng: 5.1 },
      updatedAt: Date.UTC(2026, 5, 1, 12),
      lastConfirmedAt: Date.UTC(2026, 0, 2),
    });
    expect(doc.interventionLabels.every((l) => l.length > 0)).toBe(true);
  });

  it('copies lists, so later changes to the offering do not leak into the document', () => {
    const o = offering();
    const doc = toOfferingDocument(o, text);
    o.interventionCodes.push('BELEVINGSWERELD');
    o.sectors.push('VO');
    o.targetGroups.length = 0;
    o.deliveryModes.push('ONLINE');
    expect(doc.interventionTypes).toEqual(['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID']);
    expect(doc.sectors).toEqual(['PO']);
    expect(doc.targetGroups).toEqual(['PARENTS']);
    expect(doc.deliveryModes).toEqual(['DURING_SCHOOL']);
  });

  it('leaves unknown intervention codes out of the labels but keeps them as types', () => {
    const doc = toOfferingDocument(
      offering({ interventionCodes: ['NOT_A_CODE' as never, 'EXTRA_LEERTIJD'] }),
      text,
    );
    expect(doc.interventionTypes).toEqual(['NOT_A_CODE', 'EXTRA_LEERTIJD']);
    expect(doc.interventionLabels).toEqual([getInterventionType('EXTRA_LEERTIJD').labelNl]);
  });

  it('turns the coverage into a national flag, distinct region codes and a spatial flag', () => {
    const doc = toOfferingDocument(
      offering({
        coverage: [
          { areaId: 'a', area: { kind: 'PROVINCE', provinceCode: 'PV27' } },
          { areaId: 'b', area: { kind: 'PROVINCE', provinceCode: 'PV27' } },
          { areaId: 'c', area: { kind: 'PROVINCE', provinceCode: 'PV28' } },
          { areaId: 'd', area: { kind: 'MUNICIPALITY', municipalityCode: 'GM0363' } },
          { areaId: 'e', area: { kind: 'MUNICIPALITY', municipalityCode: 'GM0363' } },
        ],
      }),
      text,
    );
    expect(doc.national).toBe(false);
    expect(doc.spatial).toBe(false);
    expect(doc.provinceCodes).toEqual(['PV27', 'PV28']);
    expect(doc.municipalityCodes).toEqual(['GM0363']);

    const national = toOfferingDocument(
      offering({ coverage: [{ areaId: 'n', area: { kind: 'NATIONAL' } }] }),
      text,
    );
    expect(national).toMatchObject({ national: true, spatial: false, provinceCodes: [] });

    const radius = toOfferingDocument(
      offering({
        coverage: [
          { areaId: 'r', area: { kind: 'RADIUS', center: { lat: 52, lng: 5 }, radiusKm: 5 } },
        ],
      }),
      text,
    );
    expect(radius).toMatchObject({ national: false, spatial: true, municipalityCodes: [] });

    const polygon = toOfferingDocument(
      offering({
        coverage: [
          {
            areaId: 'p',
            area: {
              kind: 'POLYGON',
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [5, 52],
                    [5.1, 52],
                    [5.1, 52.1],
                    [5, 52],
                  ],
                ],
              },
            },
          },
        ],
      }),
      text,
    );
    expect(polygon.spatial).toBe(true);
  });

  it('marks only a VERIFIED organisation as verified and keeps missing values null', () => {
    const doc = toOfferingDocument(
      offering({
        organisationStatus: 'PENDING',
        partnerLocation: null,
        lastConfirmedAt: null,
        costAmountEur: null,
      }),
      text,
    );
    expect(doc.verified).toBe(false);
    expect(doc.location).toBeNull();
    expect(doc.lastConfirmedAt).toBeNull();
    expect(doc.costAmountEur).toBeNull();
  });
});

describe('isSearchable', () => {
  it('takes active offerings of listed organisations only', () => {
    expect(isSearchable(offering())).toBe(true);
    expect(isSearchable(offering({ organisationStatus: 'PENDING' }))).toBe(true);
    expect(isSearchable(offering({ organisationStatus: 'SUSPENDED' }))).toBe(false);
    expect(isSearchable(offering({ organisationStatus: 'DRAFT' }))).toBe(false);
    expect(isSearchable(offering({ status: 'PAUSED' }))).toBe(false);
    expect(isSearchable(offering({ status: 'ARCHIVED' }))).toBe(false);
  });
});
