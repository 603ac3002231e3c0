import { parseMunicipalityCode } from '@partnerwijzer/domain';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/roles.js';
import { ChangeNotifier } from '../change-feed/index.js';
import {
  applyImport,
  mayImport,
  planImport,
  reportOf,
  type ImportReport,
} from './datapackage/package-import.js';
import { isZip, readJsonPackage, readZipPackage } from './datapackage/package-reader.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import {
  coverageAreasOfOfferings,
  publicOfferingIds,
  publicOfferings,
  publicOfferingsByIds,
  publicOrganisationPage,
  publicOrganisations,
  type PublicOfferingFilter,
  type PublicOfferingRow,
  type PublicOrganisationRow,
} from '../organisations/repository.js';
import { ReadModelCache } from '../organisations/index.js';
import { municipalityList } from '../regions/repository.js';
import { buildDatapackage, zipDatapackage } from './datapackage/datapackage-export.js';
import {
  toLocation,
  toOrganization,
  toOrganizationListItem,
  toService,
  toServiceListItem,
  serviceAtLocationId,
  type Json,
} from './hsds-mapping.js';
import {
  dateParam,
  flagParam,
  pageQuery,
  pathId,
  searchWords,
  single,
  taxonomyParam,
  termParam,
  uuidParam,
  type RawQuery,
} from './hsds-query.js';
import { TAXONOMIES, TERMS, taxonomyById, termById, type TaxonomyKey } from './hsds-taxonomy.js';

// The HSDS 3.0 read API's answers, built from the public directory through the owners'
// repositories (organisations, regions); the controller only passes the query on.

const COLUMN: Record<TaxonomyKey, 'intervention_types' | 'sectors' | 'target_groups'> = {
  interventietype: 'intervention_types',
  sector: 'sectors',
  doelgroep: 'target_groups',
};

const NAMES_TTL_MS = 10 * 60_000;

export const HSDS_VERSION = '3.0';
export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** The HSDS page envelope around `contents`. */
export function hsdsPage(contents: Json[], total: number, page: number, perPage: number): Json {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One page of a list held in memory (the taxonomies and their terms). */
function hsdsPageOf<T>(
  all: readonly T[],
  page: number,
  perPage: number,
  toJson: (item: T) => Json,
): Json {
  const start = (page - 1) * perPage;
  return hsdsPage(all.slice(start, start + perPage).map(toJson), all.length, page, perPage);
}

function notFound(field: string, id: string): never {
  throw UserInputError.notFound(field, id);
}

@Injectable()
export class HsdsService {
  private names: { at: number; map: Map<string, string> } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly notifier: ChangeNotifier,
    private readonly readModels: ReadModelCache,
  ) {}

  /**
   * Imports an HSDS package (ZIP bytes, or JSON already parsed) for an admin, or for a partner
   * editor into their own organisation. Checked as a whole; written in one transaction only
   * when nothing is refused (and not `dryRun`).
   */
  async importPackage(
    actor: Actor | null,
    upload: Uint8Array | unknown,
    { dryRun }: { dryRun: boolean },
  ): Promise<ImportReport> {
    if (!mayImport(actor)) {
      throw new GraphQLError(
        'Alleen een beheerder of een partner voor de eigen organisatie mag importeren (forbidden)',
        { extensions: { code: 'FORBIDDEN' } },
      );
    }
    let tables;
    if (upload instanceof Uint8Array) {
      if (!isZip(upload)) {
        throw UserInputError.field(
          'file',
          'geen ZIP-bestand (not a ZIP file)',
          { code: 'INVALID_FORMAT' },
          'INVALID_PACKAGE',
        );
      }
      tables = readZipPackage(upload);
    } else {
      tables = readJsonPackage(upload);
    }
    const plan = await planImport(this.db, actor, tables);
    if (plan.problems.length > 0 || dryRun) return reportOf(plan, false);
    const written = await applyImport(this.db, actor, plan);
    // Counted again under the organisations' locks, a portal write meanwhile tipped a budget.
    if (written.refused.length > 0) return reportOf({ ...plan, problems: written.refused }, false);
    if (written.organisations.length > 0) {
      await this.notifier.committed({ entity: 'ORGANISATION', ids: written.organisations });
    }
    if (written.services.length > 0) {
      await this.notifier.committed({ entity: 'OFFERING', ids: written.services });
    }
    return reportOf(plan, true);
  }

  meta(): Json {
    return { version: HSDS_VERSION, openapi_url: HSDS_OPENAPI_URL };
  }

  /** Municipality names for service_area names (cached: they change only with an import). */
  async municipalityNames(): Promise<Map<string, string>> {
    if (this.names && Date.now() - this.names.at < NAMES_TTL_MS) return this.names.map;
    const rows = await municipalityList(this.db);
    this.names = { at: Date.now(), map: new Map(rows.map((r) => [r.code, r.name])) };
    return this.names.map;
  }

  private offeringFilter(q: RawQuery): PublicOfferingFilter {
    const term = termParam(q);
    const taxonomy = taxonomyParam(q);
    const filter: PublicOfferingFilter = { words: searchWords(q) };
    if (term) {
      if (term.key === 'interventietype') filter.interventionType = term.term.code;
      if (term.key === 'sector') filter.sector = term.term.code;
      if (term.key === 'doelgroep') filter.targetGroup = term.term.code;
    }
    if (taxonomy) filter.hasAny = COLUMN[taxonomy];
    const org = uuidParam(q, 'organization_id');
    if (org) filter.organisationId = org;
    const after = dateParam(q, 'modified_after');
    if (after) filter.modifiedAfter = after;
    return filter;
  }

  /**
   * One page of the public offerings in id order, and how many match in all. The ordered ids
   * per filter are kept in the read-model cache until an offering or organisation changes
   * (change feed), so a page is a slice of them and one lookup of its rows by id — not a count
   * and an OFFSET walk over the join on every request. The row lookup applies the public
   * condition again, so a not yet forgotten id can never show a hidden offering.
   */
  private async offeringPage(
    filter: PublicOfferingFilter,
    page: number,
    perPage: number,
  ): Promise<{ total: number; rows: PublicOfferingRow[] }> {
    const ids = await this.readModels.derived(`hsds-services:${JSON.stringify(filter)}`, () =>
      publicOfferingIds(this.db, filter),
    );
    const slice = ids.slice((page - 1) * perPage, page * perPage);
    const rows = await publicOfferingsByIds(this.db, slice);
    return { total: ids.length, rows };
  }

  async services(q: RawQuery): Promise<Json> {
    const { page, perPage } = pageQuery(q);
    flagParam(q, 'full');
    const minimal = flagParam(q, 'minimal');
    const { total, rows } = await this.offeringPage(this.offeringFilter(q), page, perPage);
    const contents = minimal
      ? rows.map((r) => ({
          id: r.id,
          name: r.title,
          status: 'active',
          last_modified: new Date(r.updatedAt).toISOString(),
        }))
      : rows.map(toServiceListItem);
    return hsdsPage(contents, total, page, perPage);
  }

  async service(rawId: string): Promise<Json> {
    const id = pathId('id', rawId);
    const [row] = await publicOfferingsByIds(this.db, [id]);
    if (!row) notFound('id', id);
    const [areas, [org], names] = await Promise.all([
      coverageAreasOfOfferings(this.db, [id]),
      publicOrganisations(this.db, [row.organisationId]),
      this.municipalityNames(),
    ]);
    return toService(row, areas, names, org ? toLocation(org) : null);
  }

  async organizations(q: RawQuery): Promise<Json> {
    const { page, perPage } = pageQuery(q);
    flagParam(q, 'full');
    flagParam(q, 'full_service');
    const { total, rows } = await publicOrganisationPage(
      this.db,
      { words: searchWords(q) },
      perPage,
      (page - 1) * perPage,
    );
    return hsdsPage(rows.map(toOrganizationListItem), total, page, perPage);
  }

  async organization(rawId: string, q: RawQuery): Promise<Json> {
    const id = pathId('id', rawId);
    const fullService = flagParam(q, 'full_service');
    const [org] = await publicOrganisations(this.db, [id]);
    if (!org) notFound('id', id);
    const offerings = await publicOfferings(this.db, { organisationId: id });
    let services: Json[];
    if (fullService) {
      const [areas, names] = await Promise.all([
        coverageAreasOfOfferings(
          this.db,
          offerings.map((o) => o.id),
        ),
        this.municipalityNames(),
      ]);
      const location = toLocation(org);
      services = offerings.map((o) =>
        toService(
          o,
          areas.filter((a) => a.offering_id === o.id),
          names,
          location,
        ),
      );
    } else {
      services = offerings.map(toServiceListItem);
    }
    return toOrganization(org, services);
  }

  taxonomies(q: RawQuery): Json {
    const { page, perPage } = pageQuery(q);
    const words = searchWords(q);
    const all = Object.values(TAXONOMIES).filter((t) =>
      words.every((w) => `${t.name} ${t.description}`.toLowerCase().includes(w)),
    );
    return hsdsPageOf(all, page, perPage, (t) => ({ ...t }));
  }

  taxonomy(rawId: string): Json {
    const id = pathId('id', rawId);
    const key = taxonomyById(id);
    if (!key) notFound('id', id);
    return { ...TAXONOMIES[key] };
  }

  taxonomyTerms(q: RawQuery): Json {
    const { page, perPage } = pageQuery(q);
    const words = searchWords(q);
    const taxonomy = taxonomyParam(q);
    flagParam(q, 'top_only');
    // Our vocabularies are flat: a parent_id (a valid UUID) has no children.
    const parent = uuidParam(q, 'parent_id');
    const all = TERMS.filter(
      (t) =>
        parent === undefined &&
        (taxonomy === undefined || t.key === taxonomy) &&
        words.every((w) =>
          `${t.term.code} ${t.term.name} ${t.term.description}`.toLowerCase().includes(w),
        ),
    );
    return hsdsPageOf(all, page, perPage, (t) => ({ ...t.term }));
  }

  taxonomyTerm(rawId: string): Json {
    const id = pathId('id', rawId);
    const found = termById(id);
    if (!found) notFound('id', id);
    return { ...found.term };
  }

  /** The datapackage ZIP of the public directory, or of what reaches one municipality. */
  async datapackage(q: RawQuery): Promise<{ fileName: string; bytes: Buffer }> {
    const municipality = single(q, 'municipality', 10) || null;
    // Anyone may download it, and the national package costs seconds of database and CPU work
    // (bench:hsds: about 2 s, 9 MB): built once per state of the directory, in the read-model
    // cache (until an offering or organisation changes; shared by concurrent requests; at most
    // MAX_DERIVED packages), not once per request. Spellings of one code share one package.
    const key = municipality === null ? '' : (parseMunicipalityCode(municipality) ?? municipality);
    return this.readModels.derived(`hsds-datapackage:${key}`, async () => {
      const pkg = await buildDatapackage(this.db, municipality);
      const suffix = pkg.municipalityCode ? `-${pkg.municipalityCode}` : '';
      return { fileName: `partnerwijzer-hsds${suffix}.zip`, bytes: await zipDatapackage(pkg) };
    });
  }

  async serviceAtLocations(q: RawQuery): Promise<Json> {
    const { page, perPage } = pageQuery(q);
    flagParam(q, 'full');
    // Postcode and proximity searches are not offered: coverage decides reach, not distance.
    for (const name of ['postcode', 'proximity']) {
      if (single(q, name, 20)) {
        throw UserInputError.field(
          name,
          'wordt niet ondersteund; zoek op dekking met de Partnerwijzer-zoeker (not supported)',
          { code: 'INVALID' },
        );
      }
    }
    const filter = { ...this.offeringFilter(q), withLocation: true };
    const { total, rows } = await this.offeringPage(filter, page, perPage);
    const orgs = new Map<string, PublicOrganisationRow>(
      (
        await publicOrganisations(
          this.db,
          rows.map((r) => r.organisationId),
        )
      ).map((o) => [o.id, o]),
    );
    const contents = rows.flatMap((r) => {
      const org = orgs.get(r.organisationId);
      const location = org ? toLocation(org) : null;
      if (!location) return [];
      return [
        {
          id: serviceAtLocationId(r.id),
          service_id: r.id,
          location_id: location['id'],
          service: { id: r.id, name: r.title, status: 'active' },
          location: { id: location['id'], location_type: 'physical', name: location['name'] },
        },
      ];
    });
    return hsdsPage(contents, total, page, perPage);
  }
}
