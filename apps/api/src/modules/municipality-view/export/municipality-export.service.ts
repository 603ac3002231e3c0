import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/roles.js';
import { CoalitionsService } from '../coalitions.service.js';
import { NeedGapService } from '../needs/need-gap.service.js';
import { ScenarioService } from '../needs/scenario.service.js';
import { tableCsv } from '../coverage-csv.js';
import { CoverageService } from '../coverage.service.js';
import {
  coalitionsByPartnerTable,
  coalitionsBySchoolTable,
  coalitionsTable,
  coverageTable,
  coverageTotalsTable,
  needsComparisonTable,
  needsFormulaTable,
  needsSchoolsTable,
  needsThemesTable,
  scenarioStepsTable,
  scenariosComparisonTable,
} from './tables.js';
import { writeXlsx } from './xlsx.js';

// What the coverage files are asked with: the matrix's own parameters (code, sector, funding
// routes), so a file cannot ask for a matrix the screen does not show.
type CoverageQuery = Parameters<CoverageService['municipalityCoverage']>;
// The same for the needs files: the caller, code, sector and funding routes of the needs view.
type NeedsQuery = Parameters<NeedGapService['municipalityNeeds']>;

/**
 * The downloads of the municipality view. Each reads the same service call as the screen, so
 * a file holds what the page shows; the coalition files carry the coalitions' authorization.
 */
@Injectable()
export class MunicipalityExportService {
  constructor(
    private readonly coverage: CoverageService,
    private readonly coalitions: CoalitionsService,
    private readonly needs: NeedGapService,
    private readonly scenarios: ScenarioService,
  ) {}

  // The same files as bytes, for the plain download routes (export/downloads.controller.ts)
  // and, base64-encoded, for the GraphQL fields.

  async coverageXlsxBytes(...query: CoverageQuery): Promise<Uint8Array> {
    const m = await this.coverage.municipalityCoverage(...query);
    return writeXlsx([coverageTable(m), coverageTotalsTable(m)]);
  }

  async coalitionsXlsxBytes(actor: Actor | null, code: string): Promise<Uint8Array> {
    const { c, records } = await this.coalitionsWithRecords(actor, code);
    return writeXlsx([
      coalitionsTable(c, records),
      coalitionsByPartnerTable(c, records),
      coalitionsBySchoolTable(c, records),
    ]);
  }

  /**
   * The page's coalitions and its recorded collaborations: the coalitions call checks the
   * caller (officers of this municipality, admins) before the records are read.
   */
  private async coalitionsWithRecords(actor: Actor | null, code: string) {
    const c = await this.coalitions.municipalityCoalitions(actor, code);
    return { c, records: await this.coalitions.recordLines(c.municipalityCode) };
  }

  async needsCsv(...query: NeedsQuery): Promise<string> {
    return tableCsv(needsSchoolsTable(await this.needs.municipalityNeeds(...query)));
  }

  async needsXlsxBytes(...query: NeedsQuery): Promise<Uint8Array> {
    const n = await this.needs.municipalityNeeds(...query);
    return writeXlsx([
      needsSchoolsTable(n),
      needsThemesTable(n),
      needsComparisonTable(n),
      needsFormulaTable(n),
    ]);
  }

  async needsXlsx(...query: NeedsQuery): Promise<string> {
    return base64(await this.needsXlsxBytes(...query));
  }

  /** One scenario's steps as CSV, with the scenario's name (for the file name). */
  async scenarioCsv(actor: Actor | null, id: string): Promise<{ name: string; csv: string }> {
    const s = await this.scenarios.one(actor, id);
    return { name: s.name, csv: tableCsv(scenarioStepsTable(s.name, s.result)) };
  }

  async scenariosXlsxBytes(actor: Actor | null, ids: readonly string[]): Promise<Uint8Array> {
    const list = await this.scenarios.byIds(actor, ids);
    return writeXlsx([
      scenariosComparisonTable(list),
      ...list.map((s) => scenarioStepsTable(s.name, s.result)),
    ]);
  }

  async scenariosXlsx(actor: Actor | null, ids: readonly string[]): Promise<string> {
    return base64(await this.scenariosXlsxBytes(actor, ids));
  }

  async coverageCsv(...query: CoverageQuery): Promise<string> {
    const m = await this.coverage.municipalityCoverage(...query);
    return tableCsv(coverageTable(m));
  }

  /** Base64 of an .xlsx with the matrix and the column totals. */
  async coverageXlsx(...query: CoverageQuery): Promise<string> {
    return base64(await this.coverageXlsxBytes(...query));
  }

  async coalitionsCsv(actor: Actor | null, code: string): Promise<string> {
    const { c, records } = await this.coalitionsWithRecords(actor, code);
    return tableCsv(coalitionsTable(c, records));
  }

  /**
   * Base64 of an .xlsx with every collaboration (records and requests), and per partner and per
   * school the contact requests (as the page's lists) and the records, each in a column.
   */
  async coalitionsXlsx(actor: Actor | null, code: string): Promise<string> {
    return base64(await this.coalitionsXlsxBytes(actor, code));
  }
}

const base64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
