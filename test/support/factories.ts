import type { CoverageAreaSpec, InterventionCode } from '@partnerwijzer/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../apps/api/src/common/auth/roles.js';
import { recordChanges } from '../../apps/api/src/modules/change-feed/index.js';
import {
  insertCoverageAreas,
  insertOffering,
  insertOrganisation,
  type NewOffering,
  type NewOrganisation,
} from '../../apps/api/src/modules/organisations/repository.js';
import { insertRegionsIfMissing } from '../../apps/api/src/modules/regions/repository.js';
import { insertSchools, type NewSchool } from '../../apps/api/src/modules/schools/repository.js';

// Small factories for service and e2e tests: each writes one plausible row through its owner's
// repository (the same functions the demo seed uses) and records it in the change feed, so a
// test states only what it is about. Names say "Test", never a demo title.

let serial = 0;

/** A fresh number per call, for unique names and codes within a test run. */
function next(): number {
  serial += 1;
  return serial;
}

/** The region every factory row lies in unless told otherwise: Schiedam, Zuid-Holland. */
export const TEST_REGION = {
  provinceCode: 'PV28',
  municipalityCode: 'GM0606',
  center: { lat: 51.9192, lng: 4.3997 },
} as const;

/** A drawn coverage area: a small rectangle around TEST_REGION's centre. */
export const TEST_REGION_POLYGON: CoverageAreaSpec = {
  kind: 'POLYGON',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [4.38, 51.91],
        [4.42, 51.91],
        [4.42, 51.93],
        [4.38, 51.93],
        [4.38, 51.91],
      ],
    ],
  },
};

/** Makes sure a municipality (and its province) exists; existing ones are kept. */
export async function newMunicipality(
  db: DataSource,
  {
    code = TEST_REGION.municipalityCode,
    provinceCode = TEST_REGION.provinceCode,
    name = `Testgemeente ${code}`,
    center = TEST_REGION.center,
  }: {
    code?: string;
    provinceCode?: string;
    name?: string;
    center?: { lat: number; lng: number };
  } = {},
): Promise<string> {
  await db.transaction(async (tx) => {
    await insertRegionsIfMissing(
      tx,
      [{ code: provinceCode, name: `Testprovincie ${provinceCode}` }],
      [{ code, name, provinceCode, center }],
    );
    await recordChanges(tx, 'MUNICIPALITY', [code]);
  });
  return code;
}

/** Makes sure a province exists. */
export async function newProvince(db: DataSource, code: string = TEST_REGION.provinceCode) {
  await db.transaction(async (tx) => {
    await insertRegionsIfMissing(tx, [{ code, name: `Testprovincie ${code}` }], []);
    await recordChanges(tx, 'PROVINCE', [code]);
  });
  return code;
}

/** A vestigingscode in DUO format (four characters, two digits) that no real school has. */
function testVestigingscode(n: number): string {
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  return `T${letter(Math.floor(n / 2600))}${letter(Math.floor(n / 100))}${letter(n)}${String(n % 100).padStart(2, '0')}`.slice(
    0,
    6,
  );
}

/** An active primary school in the test municipality; `over` changes any column. */
export async function newSchool(db: DataSource, over: Partial<NewSchool> = {}): Promise<NewSchool> {
  const n = next();
  const school: NewSchool = {
    vestigingscode: testVestigingscode(n),
    instellingscode: testVestigingscode(n).slice(0, 4),
    name: `Testschool ${n}`,
    sector: 'PO',
    schoolType: 'BAO',
    denomination: null,
    address: `Teststraat ${n}`,
    postcode: '3111AA',
    city: 'Schiedam',
    municipalityCode: TEST_REGION.municipalityCode,
    provinceCode: TEST_REGION.provinceCode,
    lat: TEST_REGION.center.lat,
    lng: TEST_REGION.center.lng,
    pupils: null,
    website: null,
    active: true,
    isDemo: false,
    ...over,
  };
  await newMunicipality(db, { code: school.municipalityCode, provinceCode: school.provinceCode });
  await db.transaction(async (tx) => {
    await insertSchools(tx, [school]);
    await recordChanges(tx, 'SCHOOL', [school.vestigingscode]);
  });
  return school;
}

/** An active, verified partner organisation; returns its id. */
export async function newOrganisation(
  db: DataSource,
  over: Partial<NewOrganisation> = {},
): Promise<string> {
  const n = next();
  return db.transaction(async (tx) => {
    const id = await insertOrganisation(tx, {
      name: `Testpartner ${n}`,
      type: 'FOUNDATION',
      kvkNumber: null,
      description: 'Een partner die alleen in tests bestaat.',
      website: null,
      email: null,
      phone: null,
      address: null,
      city: 'Schiedam',
      lat: TEST_REGION.center.lat,
      lng: TEST_REGION.center.lng,
      status: 'VERIFIED',
      verifiedAt: new Date(),
      lastConfirmedAt: new Date(),
      isDemo: false,
      ...over,
    });
    await recordChanges(tx, 'ORGANISATION', [id]);
    return id;
  });
}

/** The row of a test offering number `n` of an organisation (newOffering's, without areas). */
export function testOfferingRow(
  organisationId: string,
  n: number,
  over: Partial<NewOffering> = {},
): NewOffering {
  return {
    title: `Testaanbod ${n}`,
    description: 'Aanbod dat alleen in tests bestaat.',
    interventionTypes: ['EXTRA_LEERTIJD'],
    sectors: ['PO'],
    targetGroups: [],
    groepMin: null,
    groepMax: null,
    ageMin: null,
    ageMax: null,
    deliveryModes: ['DURING_SCHOOL'],
    costType: 'FREE',
    costAmountEur: null,
    costNote: null,
    fundingRoutes: [],
    fundingRouteCodes: [],
    evidenceRegister: 'NONE',
    evidenceLevel: 'NOT_ASSESSED',
    evidenceSource: null,
    capacityPerYear: null,
    languages: ['nl'],
    status: 'ACTIVE',
    lastConfirmedAt: new Date(),
    isDemo: false,
    ...over,
    organisationId,
  };
}

export interface OfferingOptions extends Partial<NewOffering> {
  /** Where it is offered; the test municipality unless told otherwise. */
  coverage?: CoverageAreaSpec[];
  interventionTypes?: InterventionCode[];
}

/** An active offering (of a new organisation unless `organisationId` is given); returns its id. */
export async function newOffering(
  db: DataSource,
  { coverage, ...over }: OfferingOptions = {},
): Promise<string> {
  const n = next();
  const organisationId = over.organisationId ?? (await newOrganisation(db));
  const areas = coverage ?? [
    { kind: 'MUNICIPALITY', municipalityCode: TEST_REGION.municipalityCode },
  ];
  // The regions an area names must exist (foreign keys); a new municipality lies in the test
  // province.
  for (const area of areas) {
    if (area.kind === 'MUNICIPALITY') await newMunicipality(db, { code: area.municipalityCode });
    if (area.kind === 'PROVINCE') await newProvince(db, area.provinceCode);
  }
  return db.transaction(async (tx: EntityManager) => {
    const id = await insertOffering(tx, testOfferingRow(organisationId, n, over));
    await insertCoverageAreas(
      tx,
      id,
      areas.map((spec) => ({ spec, note: null })),
    );
    await recordChanges(tx, 'OFFERING', [id]);
    return id;
  });
}

/** An actor as the session middleware would make it; `over` sets the role and links. */
export function actor(over: Partial<Actor> = {}): Actor {
  return {
    userId: null,
    label: 'test',
    role: 'ADMIN',
    organisationId: null,
    schoolCodes: [],
    municipalityCodes: [],
    ...over,
  };
}
