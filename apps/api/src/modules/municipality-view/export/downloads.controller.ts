import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  type FundingRouteCode,
  isFundingRouteCode,
  isSchoolSector,
  type SchoolSector,
} from '@partnerwijzer/domain';
import type { AuthedRequest } from '../../../common/auth/request-auth.js';
import { UserInputError } from '../../../common/errors/user-input.error.js';
import { attachment, RestInputErrorFilter } from '../../../common/http/rest-errors.js';
import type { Actor } from '../../../common/auth/roles.js';
import { forbidden } from '../../../common/auth/roles.js';
import { MunicipalityExportService } from './municipality-export.service.js';

// Every CSV/XLSX export of the municipality view as a plain link (GET, Content-Disposition),
// beside its GraphQL field and with the same authorization: the session cookie (or the
// operator's bearer token) gives the same actor, and the same service call decides. A GET
// changes nothing, so no CSRF token is asked; the session cookie is SameSite.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

function actorOf(req: AuthedRequest): Actor | null {
  const auth = req.auth ?? { actor: null, problem: null };
  if (auth.problem === 'BAD_TOKEN') throw forbidden();
  return auth.actor;
}

function sectorOf(q: Record<string, unknown>): SchoolSector | null {
  const v = q['sector'];
  if (v === undefined || v === '') return null;
  if (typeof v !== 'string' || !isSchoolSector(v)) {
    throw UserInputError.field('sector', 'moet PO, VO of SO zijn (must be PO, VO or SO)', {
      code: 'UNKNOWN_VALUE',
    });
  }
  return v;
}

/** ?fundingRoutes=NPO,GEMEENTE: the routes the figures count, as the GraphQL fields take them. */
function fundingRoutesOf(q: Record<string, unknown>): FundingRouteCode[] {
  const v = q['fundingRoutes'];
  if (v === undefined || v === '') return [];
  const routes = typeof v === 'string' && v.length <= 200 ? v.split(',') : [];
  if (routes.length === 0 || !routes.every(isFundingRouteCode)) {
    throw UserInputError.field(
      'fundingRoutes',
      'geef bekende financieringsroutes, met komma’s gescheiden (known funding routes, comma-separated)',
      { code: 'UNKNOWN_VALUE' },
    );
  }
  return routes;
}

/** The code as given (the services check it, after authorization, as for GraphQL). */
function codeOf(code: string): string {
  if (code.length > 20)
    throw UserInputError.field('code', 'te lang (too long)', {
      code: 'TOO_LONG',
      params: { max: 20 },
    });
  return code;
}

type Tables = MunicipalityExportService;
/** The actor is read lazily: the coverage tables are public and never look at it. */
type Read<T> = (
  s: Tables,
  actor: () => Actor | null,
  code: string,
  sector: SchoolSector | null,
  fundingRoutes: FundingRouteCode[],
) => Promise<T>;

/** The municipality tables by file name: the Dutch name of the download and its two formats. */
const MUNICIPALITY_TABLES: Record<
  'coverage' | 'coalitions' | 'needs',
  { name: string; bySector: boolean; csv: Read<string>; xlsx: Read<Uint8Array> }
> = {
  coverage: {
    name: 'dekking',
    bySector: true,
    csv: (s, _actor, code, sector, routes) => s.coverageCsv(code, sector, routes),
    xlsx: (s, _actor, code, sector, routes) => s.coverageXlsxBytes(code, sector, routes),
  },
  coalitions: {
    name: 'coalities',
    bySector: false,
    csv: (s, actor, code) => s.coalitionsCsv(actor(), code),
    xlsx: (s, actor, code) => s.coalitionsXlsxBytes(actor(), code),
  },
  needs: {
    name: 'behoefte',
    bySector: true,
    csv: (s, actor, code, sector, routes) => s.needsCsv(actor(), code, sector, routes),
    xlsx: (s, actor, code, sector, routes) => s.needsXlsxBytes(actor(), code, sector, routes),
  },
};

function send(res: Response, type: string, fileName: string, body: string | Uint8Array): void {
  res
    .status(200)
    .set({
      'content-type': type,
      'content-disposition': attachment(fileName),
      'cache-control': 'private, no-store',
    })
    .end(typeof body === 'string' ? body : Buffer.from(body));
}

@Controller('downloads')
@UseFilters(RestInputErrorFilter)
export class DownloadsController {
  constructor(private readonly exports: MunicipalityExportService) {}

  /** coverage, coalitions and needs of one municipality, each as .csv and as .xlsx. */
  @Get('municipality/:code/:file')
  async municipalityTable(
    @Param('code') code: string,
    @Param('file') file: string,
    @Query() q: Record<string, unknown>,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const [table, format] = file.split('.');
    const export_ = Object.hasOwn(MUNICIPALITY_TABLES, table!)
      ? MUNICIPALITY_TABLES[table as keyof typeof MUNICIPALITY_TABLES]
      : undefined;
    if (!export_ || (format !== 'csv' && format !== 'xlsx') || file !== `${table}.${format}`) {
      throw new NotFoundException(`Onbekend bestand (unknown file): ${file}`);
    }
    const c = codeOf(code);
    // Only the tables split by sector read (and check) ?sector= and ?fundingRoutes=.
    const sector = export_.bySector ? sectorOf(q) : null;
    const routes = export_.bySector ? fundingRoutesOf(q) : [];
    const body = await export_[format](this.exports, () => actorOf(req), c, sector, routes);
    const name = `${export_.name}-${c}${sector ? `-${sector}` : ''}.${format}`;
    send(res, format === 'csv' ? CSV : XLSX, name, body);
  }

  @Get('scenario/:id/steps.csv')
  async scenarioCsv(
    @Param('id') id: string,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { csv } = await this.exports.scenarioCsv(actorOf(req), id);
    send(res, CSV, `scenario-${id.slice(0, 8)}.csv`, csv);
  }

  @Get('scenarios.xlsx')
  async scenariosXlsx(
    @Query() q: Record<string, unknown>,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const raw = q['ids'];
    if (typeof raw !== 'string' || raw.length > 20 * 37) {
      throw UserInputError.field(
        'ids',
        'geef 1–20 ids, met komma’s gescheiden (1–20 ids, comma-separated)',
        { code: 'OUT_OF_RANGE', params: { min: 1, max: 20 } },
      );
    }
    const ids = raw.split(',').filter(Boolean);
    send(res, XLSX, 'scenarios.xlsx', await this.exports.scenariosXlsxBytes(actorOf(req), ids));
  }
}
