// The search benchmark's data set. Places, partners, offerings and coverage come from the
// matching benchmark's seeded generator (bench/match/dataset.ts, used read-only); this file
// replaces its placeholder names ("Partner 12", "Aanbod 345") with Dutch-ish names, titles and
// descriptions, and keeps only a few hundred schools.
import type { MatchableOffering, OrganisationType } from '@partnerwijzer/domain';
import {
  generatePartners,
  loadPlaces,
  type BenchOrganisation,
  type BenchSchool,
  type Places,
} from '../match/dataset.js';
import { Prng } from '../match/prng.js';
import {
  offeringDescription,
  offeringTitle,
  organisationDescription,
  organisationName,
} from './text.js';

export interface SearchOrganisation extends BenchOrganisation {
  description: string;
  updatedAt: Date;
}

export interface SearchOffering extends MatchableOffering {
  description: string;
  updatedAt: Date;
}

export interface SearchDataset {
  placesSource: Places['source'];
  provinces: Places['provinces'];
  municipalities: Places['municipalities'];
  /** The schools written to the database (a sample of the places' schools). */
  schools: BenchSchool[];
  organisations: SearchOrganisation[];
  offerings: SearchOffering[];
  coverageByKind: Record<string, number>;
  /** Organisations named after a real, well-known partner (queried by name: "JINC"). */
  namedOrganisations: string[];
}

export interface DatasetOptions {
  dataDir: string;
  seed: number;
  organisations: number;
  offerings: number;
  schools: number;
  now: Date;
}

const NAMED: [string, OrganisationType][] = [
  ['JINC', 'FOUNDATION'],
  ['JINC Bliksemstage', 'FOUNDATION'],
  ['Stichting JINC Noord', 'FOUNDATION'],
  ['IMC Weekendschool', 'FOUNDATION'],
  ['Stichting Lezen', 'FOUNDATION'],
  ['Voorleesexpress', 'FOUNDATION'],
  ['Bibliotheek Rotterdam', 'LIBRARY'],
  ['Jeugdfonds Sport & Cultuur', 'FOUNDATION'],
];

export function buildDataset(opts: DatasetOptions): SearchDataset {
  const places = loadPlaces(opts.dataDir, opts.seed);
  const partners = generatePartners(places, {
    organisations: opts.organisations,
    offerings: opts.offerings,
    seed: opts.seed,
    now: opts.now,
  });
  const rnd = new Prng(opts.seed ^ 0x5ea7c4);
  const dayMs = 86_400_000;

  // Organisations are spread evenly over the offerings' index (i < organisations → own
  // offering), so renaming the first few gives each named partner at least one offering.
  const organisations: SearchOrganisation[] = partners.organisations.map((o, i) => {
    const named = NAMED[i];
    const type = named ? named[1] : o.type;
    const name = named ? named[0] : organisationName(rnd, type, o.city);
    return {
      ...o,
      type,
      name,
      description: organisationDescription(rnd, name, o.city),
      updatedAt: new Date(opts.now.getTime() - rnd.int(0, 730) * dayMs),
    };
  });
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const offerings: SearchOffering[] = partners.offerings.map((f) => {
    const org = orgById.get(f.organisationId) as SearchOrganisation;
    return {
      ...f,
      organisationName: org.name,
      title: offeringTitle(rnd, f.interventionCodes, org.city),
      description: offeringDescription(rnd, f.interventionCodes, org.city),
      updatedAt: new Date(opts.now.getTime() - rnd.int(0, 730) * dayMs - rnd.int(0, dayMs)),
    };
  });

  return {
    placesSource: places.source,
    provinces: places.provinces,
    municipalities: places.municipalities,
    schools: new Prng(opts.seed ^ 0x5c4001).sample(places.schools, opts.schools),
    organisations,
    offerings,
    coverageByKind: partners.coverageByKind,
    namedOrganisations: NAMED.map(([n]) => n),
  };
}
