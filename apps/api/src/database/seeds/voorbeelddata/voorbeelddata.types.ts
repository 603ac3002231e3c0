import type {
  CostType,
  CoverageAreaSpec,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  OrganisationStatus,
  OrganisationType,
  SchoolSector,
  SchoolType,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';

// Shapes of the demo dataset ("voorbeelddata"). Everything here is written by us and is
// loaded with is_demo = true; the UI labels it as demo.

export interface DemoProvince {
  code: string; // PVxx (CBS)
  name: string;
}

export interface DemoMunicipality {
  code: string; // GMxxxx (CBS)
  name: string;
  provinceCode: string;
  /** Approximate centre, for the map only. */
  center: { lat: number; lng: number };
}

export interface DemoSchool {
  vestigingscode: string; // fictional, but in DUO format (4 chars + 2 digits); starts with 'ZZ' so it never clashes with a real one
  name: string; // always starts with "Voorbeeldschool" or "Voorbeeldcollege"
  sector: SchoolSector;
  schoolType: SchoolType;
  denomination: string;
  street: string;
  houseNumber: string;
  postcode: string; // 1234AB
  city: string;
  municipalityCode: string;
  location: { lat: number; lng: number };
  pupils: number | null;
}

export interface DemoOffering {
  key: string; // stable slug, unique in the dataset
  title: string;
  description: string;
  interventionTypes: InterventionCode[];
  sectors: Sector[];
  targetGroups: TargetGroup[];
  groepMin?: number; // PO groep 1–8
  groepMax?: number;
  ageMin?: number;
  ageMax?: number;
  deliveryModes: DeliveryMode[];
  cost: { type: CostType; amountEur?: number; note?: string };
  fundingRoutes: string[];
  evidence: { register: EvidenceRegister; level: EvidenceLevel; source?: string };
  capacityPerYear?: number; // schools per school year
  languages: string[]; // ISO 639-1, e.g. 'nl'
  /** Days before the demo load when the partner last confirmed this record. */
  lastConfirmedDaysAgo: number;
  coverage: CoverageAreaSpec[];
  coverageNote: string; // e.g. "Voorbeeld: werkgebied aangenomen, niet door de partner bevestigd"
}

export interface DemoOrganisation {
  key: string; // stable slug
  name: string; // real name for real organisations named in the source material
  type: OrganisationType;
  description: string; // our own words
  website?: string;
  email?: string; // always an example.org address (demo contact details are never real)
  phone?: string;
  city: string;
  location: { lat: number; lng: number };
  status: OrganisationStatus;
  offerings: DemoOffering[];
}
