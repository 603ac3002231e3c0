import {
  applyDecorators,
  Controller,
  Get,
  Header,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { AuthedRequest } from '../../common/auth/request-auth.js';
import { RestInputErrorFilter } from '../../common/http/rest-errors.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { MAX_UPLOAD_BYTES } from './datapackage/package-reader.js';
import type { Json } from './hsds-mapping.js';
import { flagParam, type RawQuery } from './hsds-query.js';
import { HsdsService } from './hsds.service.js';

/**
 * A read of the public directory: readable from other sites (CORS *, no credentials, set for
 * every /hsds answer by hsds-cors.ts); its text (names, descriptions, terms) is Dutch.
 */
function PublicRead(path?: string): MethodDecorator {
  return applyDecorators(Get(path), Header('content-language', 'nl'));
}

// HSDS 3.0 read API (Open Referral), beside GraphQL: the public directory for anyone, no
// session, readable from other sites (CORS *, no credentials). docs/decisions/0019-hsds-mapping.md
@Controller('hsds')
@UseFilters(RestInputErrorFilter)
export class HsdsController {
  constructor(private readonly hsds: HsdsService) {}

  @PublicRead()
  meta(): Json {
    return this.hsds.meta();
  }

  @PublicRead('services')
  services(@Query() q: RawQuery): Promise<Json> {
    return this.hsds.services(q);
  }

  @PublicRead('services/:id')
  service(@Param('id') id: string): Promise<Json> {
    return this.hsds.service(id);
  }

  @PublicRead('organizations')
  organizations(@Query() q: RawQuery): Promise<Json> {
    return this.hsds.organizations(q);
  }

  @PublicRead('organizations/:id')
  organization(@Param('id') id: string, @Query() q: RawQuery): Promise<Json> {
    return this.hsds.organization(id, q);
  }

  @PublicRead('taxonomies')
  taxonomies(@Query() q: RawQuery): Json {
    return this.hsds.taxonomies(q);
  }

  @PublicRead('taxonomies/:id')
  taxonomy(@Param('id') id: string): Json {
    return this.hsds.taxonomy(id);
  }

  @PublicRead('taxonomy_terms')
  taxonomyTerms(@Query() q: RawQuery): Json {
    return this.hsds.taxonomyTerms(q);
  }

  @PublicRead('taxonomy_terms/:id')
  taxonomyTerm(@Param('id') id: string): Json {
    return this.hsds.taxonomyTerm(id);
  }

  /** The HSDS tabular datapackage (ZIP), whole directory or `?municipality=GM0606`. */
  @Get('datapackage.zip')
  async datapackage(@Query() q: RawQuery, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.hsds.datapackage(q);
    res
      .status(200)
      .set({
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${fileName}"`,
        'content-language': 'nl',
        'cache-control': 'no-store',
      })
      .end(bytes);
  }

  /**
   * Import of an HSDS package: `application/zip` (our datapackage) or `application/json` (HSDS
   * JSON), session cookie + x-csrf-token, or the operator's bearer token. 200 with the report
   * when written, 422 with the report when anything was refused (nothing written).
   */
  @Post('import')
  async import(
    @Req() req: AuthedRequest,
    @Query() q: RawQuery,
    @Res() res: Response,
  ): Promise<void> {
    const auth = req.auth ?? { actor: null, problem: null };
    if (auth.problem !== null || auth.actor === null) {
      res.status(auth.actor === null && auth.problem === null ? 401 : 403).json({
        errors: [
          {
            message:
              auth.problem === 'CSRF'
                ? 'CSRF-token ontbreekt of klopt niet (missing x-csrf-token header)'
                : 'Log eerst in (sign in first)',
            extensions: { code: auth.problem === null ? 'UNAUTHENTICATED' : 'FORBIDDEN' },
          },
        ],
      });
      return;
    }
    const dryRun = flagParam(q, 'dry_run');
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    let upload: unknown;
    if (type === 'application/json') {
      upload = req.body as unknown;
    } else if (type === 'application/zip' || type === 'application/octet-stream') {
      upload = await readBody(req, MAX_UPLOAD_BYTES);
    } else {
      throw UserInputError.field(
        'content-type',
        'stuur application/zip (datapackage) of application/json (HSDS JSON) (send application/zip or application/json)',
        { code: 'INVALID' },
      );
    }
    const report = await this.hsds.importPackage(auth.actor, upload, { dryRun });
    res.status(report.refused.length > 0 ? 422 : 200).json(report);
  }

  @PublicRead('service_at_locations')
  serviceAtLocations(@Query() q: RawQuery): Promise<Json> {
    return this.hsds.serviceAtLocations(q);
  }
}

/** The raw request body, refused past `limit` bytes (checked while it streams in). */
function readBody(req: AuthedRequest, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () =>
      new GraphQLError(`Bestand te groot: hoogstens ${limit / 1024 / 1024} MB (file too large)`, {
        extensions: {
          code: 'PAYLOAD_TOO_LARGE',
          fields: [
            {
              field: 'file',
              message: 'te groot (too large)',
              code: 'TOO_LARGE_FILE',
              params: { max: `${limit / 1024 / 1024} MB` },
            },
          ],
        },
      });
    if (declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}
