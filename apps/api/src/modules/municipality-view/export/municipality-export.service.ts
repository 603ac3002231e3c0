import { Injectable } from '@nestjs/common';
import type { SchoolSector } from '@partnerwijzer/domain';
import type { Actor } from '../../../common/auth/roles.js';
import { CoalitionsService } from '../coalitions.service.js';
import { tableCsv } from '../coverage-csv.js';
import { CoverageService } from '../coverage.service.js';
import {
  coalitionsByPartnerTable,
  coalitionsBySchoolTable,
  coalitionsTable,
  coverageTable,
  coverageTotalsTable,
} from './tables.js';
import { writeXlsx } from './xlsx.js';

/**
 * The downloads of the municipality view. Each reads the same service call as the screen, so
 * a file holds what the page shows; the coalition files carry the coalitions' authorization.
 */
@Injectable()
export class MunicipalityExportService {
  constructor(
    private readonly coverage: CoverageService,
    private readonly coalitions: CoalitionsService,
  ) {}

  async coverageCsv(code: string, sector: SchoolSector | null): Promise<string> {
    return tableCsv(coverageTable(await this.coverage.municipalityCoverage(code, sector)));
  }

  /** Base64 of an .xlsx with the matrix and the column totals. */
  async coverageXlsx(code: string, sector: SchoolSector | null): Promise<string> {
    const m = await this.coverage.municipalityCoverage(code, sector);
    return base64(writeXlsx([coverageTable(m), coverageTotalsTable(m)]));
  }

  async coalitionsCsv(actor: Actor | null, code: string): Promise<string> {
    return tableCsv(coalitionsTable(await this.coalitions.municipalityCoalitions(actor, code)));
  }

  /** Base64 of an .xlsx with every collaboration, and the counts per partner and per school. */
  async coalitionsXlsx(actor: Actor | null, code: string): Promise<string> {
    const c = await this.coalitions.municipalityCoalitions(actor, code);
    return base64(
      writeXlsx([coalitionsTable(c), coalitionsByPartnerTable(c), coalitionsBySchoolTable(c)]),
    );
  }
}

const base64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
