import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { isSchoolSector, type SchoolSector } from '@partnerwijzer/domain';
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
    throw UserInputError.field('sector', 'moet PO, VO of SO zijn (must be PO, VO or SO)');
  }
  return v;
}

/** The code as given (the services check it, after authorization, as for GraphQL). */
function codeOf(code: string): string {
  if (code.length > 20) throw UserInputError.field('code', 'te lang (too long)');
  return code;
}

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

  @Get('municipality/:code/coverage.csv')
  async coverageCsv(
    @Param('code') code: string,
    @Query() q: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    const sector = sectorOf(q);
    send(
      res,
      CSV,
      `dekking-${c}${sector ? `-${sector}` : ''}.csv`,
      await this.exports.coverageCsv(c, sector),
    );
  }

  @Get('municipality/:code/coverage.xlsx')
  async coverageXlsx(
    @Param('code') code: string,
    @Query() q: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    const sector = sectorOf(q);
    send(
      res,
      XLSX,
      `dekking-${c}${sector ? `-${sector}` : ''}.xlsx`,
      await this.exports.coverageXlsxBytes(c, sector),
    );
  }

  @Get('municipality/:code/coalitions.csv')
  async coalitionsCsv(
    @Param('code') code: string,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    send(res, CSV, `coalities-${c}.csv`, await this.exports.coalitionsCsv(actorOf(req), c));
  }

  @Get('municipality/:code/coalitions.xlsx')
  async coalitionsXlsx(
    @Param('code') code: string,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    send(res, XLSX, `coalities-${c}.xlsx`, await this.exports.coalitionsXlsxBytes(actorOf(req), c));
  }

  @Get('municipality/:code/needs.csv')
  async needsCsv(
    @Param('code') code: string,
    @Query() q: Record<string, unknown>,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    const sector = sectorOf(q);
    send(
      res,
      CSV,
      `behoefte-${c}${sector ? `-${sector}` : ''}.csv`,
      await this.exports.needsCsv(actorOf(req), c, sector),
    );
  }

  @Get('municipality/:code/needs.xlsx')
  async needsXlsx(
    @Param('code') code: string,
    @Query() q: Record<string, unknown>,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const c = codeOf(code);
    const sector = sectorOf(q);
    send(
      res,
      XLSX,
      `behoefte-${c}${sector ? `-${sector}` : ''}.xlsx`,
      await this.exports.needsXlsxBytes(actorOf(req), c, sector),
    );
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
      );
    }
    const ids = raw.split(',').filter(Boolean);
    send(res, XLSX, 'scenarios.xlsx', await this.exports.scenariosXlsxBytes(actorOf(req), ids));
  }
}
