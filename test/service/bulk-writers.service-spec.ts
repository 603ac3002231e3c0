import type { MatchableOffering } from '@partnerwijzer/domain';
import { loadMatchableOfferings } from '../../apps/api/src/modules/organisations/index.js';
import { bulkInsertPartners } from '../../apps/api/src/modules/organisations/repository.js';
import { bulkInsertRegions } from '../../apps/api/src/modules/regions/repository.js';
import { bulkInsertSchools, schoolPlace } from '../../apps/api/src/modules/schools/repository.js';
import { useServices } from '../support/service-harness.js';
import type { PolygonGeometry } from '@partnerwijzer/domain';

// Service tier: the owners' bulk writers (used by the match and search benchmarks) write rows
// that the API reads back as they were meant: one row mapping, both ways.
describe('bulk writers of the owning modules (service tier)', () => {
  const h = useServices();

  it('writes regions, schools and partners that read back unchanged', async () => {
    const square: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [4.3, 51.9],
          [4.5, 51.9],
          [4.5, 52.0],
          [4.3, 52.0],
          [4.3, 51.9],
        ],
      ],
    };
    await bulkInsertRegions(
      h.db,
      [{ code: 'PV98', name: 'Bulkprovincie', geometry: null }],
      [
        {
          code: 'GM9801',
          name: 'Bulkgemeente',
          provinceCode: 'PV98',
          center: { lat: 51.95, lng: 4.4 },
          geometry: square,
        },
      ],
    );
    const [bbox] = (await h.db.query(`SELECT bbox FROM municipality WHERE code = 'GM9801'`)) as {
      bbox: number[];
    }[];
    expect(bbox!.bbox).toEqual([4.3, 51.9, 4.5, 52.0]);

    await bulkInsertSchools(h.db, [
      {
        vestigingscode: 'BK0101',
        instellingscode: 'BK01',
        name: 'Bulkschool',
        sector: 'PO',
        schoolType: 'BAO',
        address: 'Bulkweg 1',
        postcode: '9999ZZ',
        city: 'Bulkstad',
        municipalityCode: 'GM9801',
        provinceCode: 'PV98',
        point: { lat: 51.95, lng: 4.4 },
        pupils: 120,
      },
    ]);
    expect(await schoolPlace(h.db, 'BK0101')).toMatchObject({
      name: 'Bulkschool',
      municipalityCode: 'GM9801',
      lat: 51.95,
      active: true,
    });

    const organisationId = '00000000-0000-4000-8000-000000000001';
    const offering: MatchableOffering = {
      id: '00000000-0000-4000-8000-000000000002',
      organisationId,
      organisationName: 'Bulkpartner',
      organisationStatus: 'VERIFIED',
      partnerLocation: { lat: 51.9, lng: 4.35 },
      title: 'Bulkaanbod',
      status: 'ACTIVE',
      interventionCodes: ['EXTRA_LEERTIJD'],
      sectors: ['PO'],
      targetGroups: ['PUPILS'],
      groepMin: 3,
      groepMax: 6,
      ageMin: null,
      ageMax: null,
      deliveryModes: ['AFTER_SCHOOL'],
      costType: 'PAID',
      costAmountEur: 12.5,
      evidenceRegister: 'NONE',
      fundingRouteCodes: [],
      languages: ['nl', 'ar'],
      evidenceLevel: 'NOT_ASSESSED',
      remainingCapacity: 4,
      lastConfirmedAt: new Date('2026-11-01T00:00:00Z'),
      coverage: [
        {
          areaId: '00000000-0000-4000-8000-000000000003',
          area: { kind: 'MUNICIPALITY', municipalityCode: 'GM9801' },
        },
        {
          areaId: '00000000-0000-4000-8000-000000000004',
          area: { kind: 'RADIUS', center: { lat: 51.9, lng: 4.35 }, radiusKm: 7.5 },
        },
      ],
    };
    const written = await bulkInsertPartners(
      h.db,
      [
        {
          id: organisationId,
          name: 'Bulkpartner',
          type: 'FOUNDATION',
          city: 'Bulkstad',
          status: 'VERIFIED',
          location: { lat: 51.9, lng: 4.35 },
          lastConfirmedAt: new Date('2026-11-01T00:00:00Z'),
        },
      ],
      [offering],
    );
    expect(written).toEqual({ coverageAreas: 2 });

    const [read] = await loadMatchableOfferings(h.db, { offeringIds: [offering.id] });
    expect({
      ...read,
      coverage: [...read!.coverage].sort((a, b) => a.areaId.localeCompare(b.areaId)),
    }).toEqual(offering);
  }, 60_000);
});
