import {
  COST_TYPES,
  COVERAGE_KINDS,
  DELIVERY_MODES,
  EVIDENCE_LEVELS,
  EVIDENCE_REGISTERS,
  GROEP_MAX,
  GROEP_MIN,
  INTERVENTION_CODES,
  SECTORS,
  TARGET_GROUPS,
  isCoverageKind,
  isInterventionCode,
  isMunicipalityCode,
  isOrganisationStatus,
  isOrganisationType,
  isPostcode,
  isProvinceCode,
  isSchoolSector,
  isSchoolType,
  isVestigingscode,
  pointInPolygon,
  SCHOOL_TYPE_SECTORS,
} from '@partnerwijzer/domain';
import type { CoverageAreaSpec, LinearRing, SchoolSector, SchoolType } from '@partnerwijzer/domain';

import {
  DEMO_LABEL,
  DEMO_MUNICIPALITIES,
  DEMO_ORGANISATIONS,
  DEMO_PROVINCES,
  DEMO_SCHOOLS,
} from './index.js';
import type { DemoOffering } from './voorbeelddata.types.js';

const offerings: DemoOffering[] = DEMO_ORGANISATIONS.flatMap((o) => o.offerings);
const municipalityCodes = new Set(DEMO_MUNICIPALITIES.map((m) => m.code));
const provinceCodes = new Set(DEMO_PROVINCES.map((p) => p.code));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Shoelace area in lon/lat space: positive for a counter-clockwise ring. */
function signedArea(ring: LinearRing): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function polygonsOf(area: CoverageAreaSpec): LinearRing[][] {
  if (area.kind !== 'POLYGON') return [];
  return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

const SCHOOL_SECTOR_OF: Record<SchoolType, SchoolSector> = {
  BAO: 'PO',
  SBO: 'PO',
  SO: 'SO',
  VSO: 'SO',
  'SO/VSO': 'SO',
  VO: 'VO',
};

/**
 * The data-level reading of "does this offering reach this school?": coverage contains the
 * school's municipality or province (or is national, or a radius/polygon around its location),
 * and the offering is aimed at a sector the school belongs to. Used only for the demo scenarios.
 */
function covers(area: CoverageAreaSpec, school: (typeof DEMO_SCHOOLS)[number]): boolean {
  const municipality = DEMO_MUNICIPALITIES.find((m) => m.code === school.municipalityCode);
  switch (area.kind) {
    case 'NATIONAL':
      return true;
    case 'PROVINCE':
      return municipality?.provinceCode === area.provinceCode;
    case 'MUNICIPALITY':
      return area.municipalityCode === school.municipalityCode;
    case 'RADIUS':
      return distanceKm(area.center, school.location) <= area.radiusKm;
    case 'POLYGON':
      return pointInPolygon(school.location, area.geometry);
  }
}

function reaches(offering: DemoOffering, school: (typeof DEMO_SCHOOLS)[number]): boolean {
  const sectors = SCHOOL_TYPE_SECTORS[school.schoolType];
  return (
    offering.sectors.some((s) => sectors.includes(s)) &&
    offering.coverage.some((area) => covers(area, school))
  );
}

function onlyMunicipality(offering: DemoOffering, code: string): boolean {
  return (
    offering.coverage.length > 0 &&
    offering.coverage.every((a) => a.kind === 'MUNICIPALITY' && a.municipalityCode === code)
  );
}

describe('voorbeelddata', () => {
  it('is labelled as demo data', () => {
    expect(DEMO_LABEL).toMatch(/voorbeeld/i);
    expect(DEMO_LABEL).toMatch(/niet echt/i);
  });

  describe('provinces and municipalities', () => {
    it('has the twelve provinces PV20…PV31 with unique codes', () => {
      expect(DEMO_PROVINCES).toHaveLength(12);
      expect(DEMO_PROVINCES.map((p) => p.code).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `PV${20 + i}`),
      );
      expect(DEMO_PROVINCES.find((p) => p.code === 'PV21')?.name).toBe('Fryslân');
    });

    it('has valid, unique municipality codes whose province exists', () => {
      expect(duplicates(DEMO_MUNICIPALITIES.map((m) => m.code))).toEqual([]);
      expect(duplicates(DEMO_MUNICIPALITIES.map((m) => m.name))).toEqual([]);
      for (const m of DEMO_MUNICIPALITIES) {
        expect(isMunicipalityCode(m.code)).toBe(true);
        expect(provinceCodes.has(m.provinceCode)).toBe(true);
        expect(m.center.lng).toBeGreaterThan(3.2);
        expect(m.center.lng).toBeLessThan(7.3);
        expect(m.center.lat).toBeGreaterThan(50.7);
        expect(m.center.lat).toBeLessThan(53.7);
      }
    });

    it('includes the MSV region and Hilversum with the codes from docs/domain.md', () => {
      const byCode = new Map(DEMO_MUNICIPALITIES.map((m) => [m.code, m.name]));
      expect(byCode.get('GM0556')).toBe('Maassluis');
      expect(byCode.get('GM0606')).toBe('Schiedam');
      expect(byCode.get('GM0622')).toBe('Vlaardingen');
      expect(byCode.get('GM0402')).toBe('Hilversum');
    });
  });

  describe('schools', () => {
    it('are fictional, named as such, and have unique ZZ vestigingscodes', () => {
      expect(DEMO_SCHOOLS.length).toBeGreaterThanOrEqual(25);
      expect(duplicates(DEMO_SCHOOLS.map((s) => s.vestigingscode))).toEqual([]);
      expect(duplicates(DEMO_SCHOOLS.map((s) => s.name))).toEqual([]);
      for (const s of DEMO_SCHOOLS) {
        expect(isVestigingscode(s.vestigingscode)).toBe(true);
        expect(s.vestigingscode.startsWith('ZZ')).toBe(true);
        if (s.sector === 'VO') expect(s.name).toMatch(/^Voorbeeldcollege /);
        else expect(s.name).toMatch(/^Voorbeeldschool /);
      }
    });

    it('have valid codes, postcodes and pupil numbers', () => {
      for (const s of DEMO_SCHOOLS) {
        expect(isSchoolSector(s.sector)).toBe(true);
        expect(isSchoolType(s.schoolType)).toBe(true);
        expect(SCHOOL_SECTOR_OF[s.schoolType]).toBe(s.sector);
        expect(isPostcode(s.postcode)).toBe(true);
        expect(s.street.length).toBeGreaterThan(0);
        expect(s.houseNumber).toMatch(/^\d+/);
        expect(s.denomination.length).toBeGreaterThan(0);
        if (s.pupils !== null) {
          expect(s.pupils).toBeGreaterThanOrEqual(80);
          expect(s.pupils).toBeLessThanOrEqual(1200);
        }
      }
    });

    it('lie in an existing municipality, within about 2 km of its centre', () => {
      for (const s of DEMO_SCHOOLS) {
        const m = DEMO_MUNICIPALITIES.find((x) => x.code === s.municipalityCode);
        expect(m).toBeDefined();
        if (m) expect(distanceKm(m.center, s.location)).toBeLessThan(2.5);
      }
    });

    it('cover every municipality, with at least two in the busier ones', () => {
      const count = new Map<string, number>();
      for (const s of DEMO_SCHOOLS)
        count.set(s.municipalityCode, (count.get(s.municipalityCode) ?? 0) + 1);
      for (const m of DEMO_MUNICIPALITIES) expect(count.get(m.code) ?? 0).toBeGreaterThanOrEqual(1);
      for (const code of ['GM0606', 'GM0622', 'GM0556', 'GM0402', 'GM0363', 'GM0344']) {
        expect(count.get(code) ?? 0).toBeGreaterThanOrEqual(2);
      }
    });

    it('mix PO, VO and SO', () => {
      const sectors = new Set(DEMO_SCHOOLS.map((s) => s.sector));
      expect([...sectors].sort()).toEqual(['PO', 'SO', 'VO']);
    });
  });

  describe('organisations', () => {
    it('have unique keys, valid types and statuses, and example.org contact details only', () => {
      expect(duplicates(DEMO_ORGANISATIONS.map((o) => o.key))).toEqual([]);
      expect(duplicates(DEMO_ORGANISATIONS.map((o) => o.name))).toEqual([]);
      for (const o of DEMO_ORGANISATIONS) {
        expect(isOrganisationType(o.type)).toBe(true);
        expect(isOrganisationStatus(o.status)).toBe(true);
        expect(o.description.length).toBeGreaterThan(20);
        if (o.email !== undefined) expect(o.email).toMatch(/^[^@\s]+@example\.org$/);
        if (o.phone !== undefined) expect(o.phone).toBe('+31 00 000 0000');
        if (o.website !== undefined) expect(o.website).toMatch(/^https:\/\//);
        expect(o.offerings.length).toBeGreaterThanOrEqual(1);
        expect(o.offerings.length).toBeLessThanOrEqual(3);
        expect(o.location.lng).toBeGreaterThan(3.2);
        expect(o.location.lng).toBeLessThan(7.3);
        expect(o.location.lat).toBeGreaterThan(50.7);
        expect(o.location.lat).toBeLessThan(53.7);
      }
      expect(DEMO_ORGANISATIONS.some((o) => o.status === 'PENDING')).toBe(true);
    });
  });

  describe('offerings', () => {
    it('have unique keys across the dataset', () => {
      expect(duplicates(offerings.map((o) => o.key))).toEqual([]);
    });

    it('use only values from the domain enums', () => {
      for (const o of offerings) {
        expect(o.interventionTypes.length).toBeGreaterThan(0);
        for (const code of o.interventionTypes) expect(isInterventionCode(code)).toBe(true);
        expect(o.sectors.length).toBeGreaterThan(0);
        for (const s of o.sectors) expect(SECTORS).toContain(s);
        expect(o.targetGroups.length).toBeGreaterThan(0);
        for (const t of o.targetGroups) expect(TARGET_GROUPS).toContain(t);
        expect(o.deliveryModes.length).toBeGreaterThan(0);
        for (const d of o.deliveryModes) expect(DELIVERY_MODES).toContain(d);
        expect(COST_TYPES).toContain(o.cost.type);
        expect(EVIDENCE_REGISTERS).toContain(o.evidence.register);
        expect(EVIDENCE_LEVELS).toContain(o.evidence.level);
        for (const lang of o.languages) expect(lang).toMatch(/^[a-z]{2}$/);
      }
    });

    it('have consistent groep and age ranges', () => {
      for (const o of offerings) {
        if (o.groepMin !== undefined || o.groepMax !== undefined) {
          expect(o.groepMin).toBeDefined();
          expect(o.groepMax).toBeDefined();
          expect(o.groepMin ?? 0).toBeGreaterThanOrEqual(GROEP_MIN);
          expect(o.groepMax ?? 0).toBeLessThanOrEqual(GROEP_MAX);
          expect(o.groepMin ?? 0).toBeLessThanOrEqual(o.groepMax ?? 0);
          // groepen only exist in primary education
          expect(o.sectors.some((s) => s === 'PO' || s === 'SBO')).toBe(true);
        }
        if (o.ageMin !== undefined && o.ageMax !== undefined) {
          expect(o.ageMin).toBeLessThanOrEqual(o.ageMax);
        }
        if (o.sectors.includes('VVE') && o.ageMin !== undefined) {
          expect(o.ageMin).toBeGreaterThanOrEqual(2);
        }
      }
    });

    it('have consistent cost, capacity and confirmation data', () => {
      for (const o of offerings) {
        if (o.cost.type === 'FREE') expect(o.cost.amountEur ?? 0).toBe(0);
        if (o.cost.amountEur !== undefined) expect(o.cost.amountEur).toBeGreaterThanOrEqual(0);
        if (o.capacityPerYear !== undefined) {
          expect(Number.isInteger(o.capacityPerYear)).toBe(true);
          expect(o.capacityPerYear).toBeGreaterThanOrEqual(0);
        }
        expect(o.lastConfirmedDaysAgo).toBeGreaterThanOrEqual(0);
        expect(o.coverageNote).toMatch(/^Voorbeeld:/);
      }
      expect(offerings.filter((o) => o.lastConfirmedDaysAgo > 400).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(offerings.filter((o) => o.lastConfirmedDaysAgo < 180).length).toBeGreaterThan(
        offerings.length / 2,
      );
    });

    it('cover every intervention code at least once', () => {
      const used = new Set(offerings.flatMap((o) => o.interventionTypes));
      for (const code of INTERVENTION_CODES) expect(used.has(code)).toBe(true);
    });

    it('reach parents and teachers too, and include a VVE offering for ages 2–4', () => {
      expect(offerings.some((o) => o.targetGroups.includes('PARENTS'))).toBe(true);
      expect(offerings.some((o) => o.targetGroups.includes('TEACHERS'))).toBe(true);
      expect(
        offerings.some((o) => o.sectors.includes('VVE') && o.ageMin === 2 && o.ageMax === 4),
      ).toBe(true);
    });
  });

  describe('coverage', () => {
    const areas = offerings.flatMap((o) => o.coverage);

    it('every offering has at least one coverage area of a known kind', () => {
      for (const o of offerings) {
        expect(o.coverage.length).toBeGreaterThan(0);
        for (const a of o.coverage) expect(isCoverageKind(a.kind)).toBe(true);
      }
    });

    it('uses all coverage kinds, including a Polygon and a MultiPolygon', () => {
      const kinds = new Set(areas.map((a) => a.kind));
      expect([...kinds].sort()).toEqual([...COVERAGE_KINDS].sort());
      const geometryTypes = areas.flatMap((a) => (a.kind === 'POLYGON' ? [a.geometry.type] : []));
      expect(geometryTypes).toContain('Polygon');
      expect(geometryTypes).toContain('MultiPolygon');
    });

    it('refers only to municipalities and provinces in the demo set', () => {
      for (const a of areas) {
        if (a.kind === 'MUNICIPALITY') {
          expect(isMunicipalityCode(a.municipalityCode)).toBe(true);
          expect(municipalityCodes.has(a.municipalityCode)).toBe(true);
        }
        if (a.kind === 'PROVINCE') {
          expect(isProvinceCode(a.provinceCode)).toBe(true);
          expect(provinceCodes.has(a.provinceCode)).toBe(true);
        }
      }
    });

    it('has sensible radii inside the Netherlands', () => {
      for (const a of areas) {
        if (a.kind !== 'RADIUS') continue;
        expect(a.radiusKm).toBeGreaterThan(0);
        expect(a.radiusKm).toBeLessThanOrEqual(50);
        expect(a.center.lng).toBeGreaterThan(3.2);
        expect(a.center.lng).toBeLessThan(7.3);
        expect(a.center.lat).toBeGreaterThan(50.7);
        expect(a.center.lat).toBeLessThan(53.7);
      }
    });

    it('has closed, counter-clockwise polygon rings inside the Netherlands', () => {
      const rings = areas.flatMap((a) => polygonsOf(a).map((polygon) => polygon[0]));
      expect(rings.length).toBeGreaterThanOrEqual(2);
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(signedArea(ring)).toBeGreaterThan(0);
        for (const [lng, lat] of ring) {
          expect(lng).toBeGreaterThan(3.2);
          expect(lng).toBeLessThan(7.3);
          expect(lat).toBeGreaterThan(50.7);
          expect(lat).toBeLessThan(53.7);
        }
      }
    });

    it('has a demo school inside each polygon', () => {
      for (const a of areas) {
        if (a.kind !== 'POLYGON') continue;
        for (const polygon of polygonsOf(a)) {
          expect(
            DEMO_SCHOOLS.some((s) =>
              pointInPolygon(s.location, { type: 'Polygon', coordinates: [polygon[0]] }),
            ),
          ).toBe(true);
        }
      }
    });
  });

  describe('demo scenarios', () => {
    const schiedamPo = DEMO_SCHOOLS.find(
      (s) => s.municipalityCode === 'GM0606' && s.sector === 'PO',
    );
    const extraLeertijd = offerings.filter((o) => o.interventionTypes.includes('EXTRA_LEERTIJD'));

    it('a Schiedam primary school needing extra leertijd gets a national offer and a Schiedam-only partner', () => {
      expect(schiedamPo).toBeDefined();
      const national = extraLeertijd.filter((o) => o.coverage.some((a) => a.kind === 'NATIONAL'));
      const schiedamOnly = extraLeertijd.filter((o) => onlyMunicipality(o, 'GM0606'));
      expect(national.length).toBeGreaterThan(0);
      expect(schiedamOnly.length).toBeGreaterThan(0);
      if (schiedamPo) {
        expect(national.some((o) => reaches(o, schiedamPo))).toBe(true);
        expect(schiedamOnly.some((o) => reaches(o, schiedamPo))).toBe(true);
      }
    });

    it('a Hilversum-only extra-leertijd offer exists and does not reach Schiedam', () => {
      const hilversumOnly = extraLeertijd.filter((o) => onlyMunicipality(o, 'GM0402'));
      expect(hilversumOnly.length).toBeGreaterThan(0);
      const schiedamSchools = DEMO_SCHOOLS.filter((s) => s.municipalityCode === 'GM0606');
      for (const o of hilversumOnly) {
        for (const s of schiedamSchools) expect(reaches(o, s)).toBe(false);
      }
      const hilversumPo = DEMO_SCHOOLS.find(
        (s) => s.municipalityCode === 'GM0402' && s.sector === 'PO',
      );
      expect(hilversumPo && hilversumOnly.some((o) => reaches(o, hilversumPo))).toBe(true);
    });

    it('no groep 1–2 programme is aimed at secondary education', () => {
      const kleuterOfferings = offerings.filter((o) => o.groepMax !== undefined && o.groepMax <= 2);
      expect(kleuterOfferings.length).toBeGreaterThan(0);
      for (const o of kleuterOfferings) {
        expect(o.sectors).not.toContain('VO');
        expect(o.sectors).not.toContain('VSO');
        for (const s of DEMO_SCHOOLS.filter((x) => x.sector === 'VO')) {
          expect(reaches(o, s)).toBe(false);
        }
      }
    });

    it('one offering has no capacity left', () => {
      expect(offerings.filter((o) => o.capacityPerYear === 0)).toHaveLength(1);
    });
  });
});
