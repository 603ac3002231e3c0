import { Logger } from '@nestjs/common';
import { fundingCodesOfLabel } from '@partnerwijzer/domain';
import type { DataSource, EntityManager } from 'typeorm';
import {
  hasAnyOrganisation,
  insertCoverageAreas,
  insertOffering,
  insertOrganisation,
} from '../../modules/organisations/repository.js';
import { insertRegionsIfMissing } from '../../modules/regions/repository.js';
import { hasAnySchool, insertSchools } from '../../modules/schools/repository.js';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANISATIONS,
  DEMO_PROVINCES,
  DEMO_SCHOOLS,
} from './voorbeelddata/index.js';
import type { DemoOffering } from './voorbeelddata/voorbeelddata.types.js';

const DEMO_MARKER = 'demo_loaded_at';
const DAY_MS = 24 * 60 * 60 * 1000;
const logger = new Logger('Voorbeelddata');

/**
 * Loads the demo dataset once, into an empty database, in one transaction.
 * A marker row keeps it from coming back after someone deletes it or imports real data.
 */
export async function seedDemoDataIfEmpty(db: DataSource, now = new Date()): Promise<boolean> {
  const [state] = (await db.query(
    `SELECT EXISTS (SELECT 1 FROM app_meta WHERE key = $1) AS marked`,
    [DEMO_MARKER],
  )) as { marked: boolean }[];
  if (!state || state.marked) return false;
  if ((await hasAnySchool(db)) || (await hasAnyOrganisation(db))) return false;

  await db.transaction(async (tx) => {
    // Provinces and municipalities may already be there from an import; those are kept.
    await insertRegionsIfMissing(tx, DEMO_PROVINCES, DEMO_MUNICIPALITIES);
    await insertDemoSchools(tx);
    await insertDemoOrganisations(tx, now);
    await tx.query(`INSERT INTO app_meta (key, value) VALUES ($1, $2)`, [
      DEMO_MARKER,
      now.toISOString(),
    ]);
  });
  logger.log(
    `Voorbeelddata geladen: ${DEMO_SCHOOLS.length} fictieve scholen, ${DEMO_ORGANISATIONS.length} organisaties`,
  );
  return true;
}

async function insertDemoSchools(tx: EntityManager): Promise<void> {
  const provinceOf = new Map(DEMO_MUNICIPALITIES.map((m) => [m.code, m.provinceCode]));
  await insertSchools(
    tx,
    DEMO_SCHOOLS.map((s) => ({
      vestigingscode: s.vestigingscode,
      instellingscode: s.vestigingscode.slice(0, 4),
      name: s.name,
      sector: s.sector,
      schoolType: s.schoolType,
      denomination: s.denomination,
      address: `${s.street} ${s.houseNumber}`,
      postcode: s.postcode,
      city: s.city,
      municipalityCode: s.municipalityCode,
      provinceCode: provinceOf.get(s.municipalityCode) ?? '',
      lat: s.location.lat,
      lng: s.location.lng,
      pupils: s.pupils,
      website: null,
      active: true,
      isDemo: true,
    })),
  );
}

async function insertDemoOrganisations(tx: EntityManager, now: Date): Promise<void> {
  for (const org of DEMO_ORGANISATIONS) {
    const organisationId = await insertOrganisation(tx, {
      name: org.name,
      type: org.type,
      kvkNumber: null,
      description: org.description,
      website: org.website ?? null,
      email: org.email ?? null,
      phone: org.phone ?? null,
      address: null,
      city: org.city,
      lat: org.location.lat,
      lng: org.location.lng,
      status: org.status,
      verifiedAt: org.status === 'VERIFIED' ? now : null,
      lastConfirmedAt: new Date(now.getTime() - minConfirmedDays(org.offerings) * DAY_MS),
      isDemo: true,
    });
    for (const offering of org.offerings) {
      await insertDemoOffering(tx, organisationId, offering, now);
    }
  }
}

async function insertDemoOffering(
  tx: EntityManager,
  organisationId: string,
  o: DemoOffering,
  now: Date,
): Promise<void> {
  const offeringId = await insertOffering(tx, {
    organisationId,
    title: o.title,
    description: o.description,
    interventionTypes: o.interventionTypes,
    sectors: o.sectors,
    targetGroups: o.targetGroups,
    groepMin: o.groepMin ?? null,
    groepMax: o.groepMax ?? null,
    ageMin: o.ageMin ?? null,
    ageMax: o.ageMax ?? null,
    deliveryModes: o.deliveryModes,
    costType: o.cost.type,
    costAmountEur: o.cost.amountEur === undefined ? null : o.cost.amountEur.toFixed(2),
    costNote: o.cost.note ?? null,
    fundingRoutes: o.fundingRoutes,
    fundingRouteCodes: [...new Set(o.fundingRoutes.flatMap(fundingCodesOfLabel))],
    evidenceRegister: o.evidence.register,
    evidenceLevel: o.evidence.level,
    evidenceSource: o.evidence.source ?? null,
    capacityPerYear: o.capacityPerYear ?? null,
    languages: o.languages,
    status: 'ACTIVE',
    lastConfirmedAt: new Date(now.getTime() - o.lastConfirmedDaysAgo * DAY_MS),
    isDemo: true,
  });
  await insertCoverageAreas(
    tx,
    offeringId,
    o.coverage.map((spec) => ({ spec, note: o.coverageNote })),
  );
}

function minConfirmedDays(offerings: DemoOffering[]): number {
  return offerings.reduce((min, o) => Math.min(min, o.lastConfirmedDaysAgo), 365);
}
