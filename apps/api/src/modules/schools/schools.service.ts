import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { type SchoolSector } from '@partnerwijzer/domain';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { requireVestigingscode } from '../../common/validation/code-inputs.js';
import { readPageByKey, type Page } from '../../common/pagination/connection.model.js';
import { escapeLike } from '../../database/escape-like.js';
import type { SchoolsArgs } from './dto/schools.args.js';
import { SchoolEntity } from './entities/school.entity.js';
import type { SchoolPointsModel } from './models/school-points.model.js';
import type { SchoolModel } from './models/school.model.js';
import { toSchoolModel } from './school.mappers.js';
import {
  buildVocabulary,
  correctTerm,
  searchWords,
  type SearchVocabulary,
} from './school-search.js';
import { hasDemoRows } from '../../database/demo-rows.js';

@Injectable()
export class SchoolsService {
  constructor(private readonly db: DataSource) {}

  async list(args: SchoolsArgs, retry = true): Promise<Page<SchoolModel>> {
    const qb = this.db.getRepository(SchoolEntity).createQueryBuilder('s');
    if (!args.includeInactive) qb.andWhere('s.active = true');
    if (args.municipalityCode)
      qb.andWhere('s.municipality_code = :m', { m: args.municipalityCode });
    if (args.provinceCode) qb.andWhere('s.province_code = :p', { p: args.provinceCode });
    if (args.sector) qb.andWhere('s.sector = :sector', { sector: args.sector });
    const term = args.search?.trim() ?? '';
    if (term) applySearch(qb, term);

    const totalCount = await qb.getCount();
    // Nothing found: try once more with misspelt words replaced by the nearest known place,
    // street or name word ("schiedm" → "schiedam"); see school-search.ts.
    if (totalCount === 0 && term && !args.after && retry) {
      const corrected = correctTerm(term, await this.vocabulary());
      if (corrected !== null) {
        return this.list({ ...args, search: corrected }, false);
      }
    }
    return readPageByKey(
      qb,
      's.vestigingscode',
      args,
      totalCount,
      (r) => r.vestigingscode,
      toSchoolModel,
    );
  }

  private vocabularyCache: { key: string; words: SearchVocabulary } | null = null;

  /** The words the typo fallback corrects towards, rebuilt when the schools change. */
  private async vocabulary(): Promise<SearchVocabulary> {
    const [stamp] = (await this.db.query(
      `SELECT count(*)::int AS n, coalesce(max(updated_at)::text, '') AS at FROM school WHERE active`,
    )) as { n: number; at: string }[];
    const key = `${stamp?.n}/${stamp?.at}`;
    if (this.vocabularyCache?.key !== key) {
      const rows = (await this.db.query(`SELECT name, city, address FROM school WHERE active`)) as {
        name: string;
        city: string;
        address: string;
      }[];
      this.vocabularyCache = { key, words: buildVocabulary(rows) };
    }
    return this.vocabularyCache.words;
  }

  /** Every active school as a map point (one query, no paging: the map draws them all). */
  async points(): Promise<SchoolPointsModel> {
    const rows = (await this.db.query(
      // 5 decimals is about a metre: plenty for a dot, and a smaller answer.
      `SELECT vestigingscode, name, sector,
              round(lat::numeric, 5)::float8 AS lat, round(lng::numeric, 5)::float8 AS lng
         FROM school WHERE active = true ORDER BY vestigingscode`,
    )) as {
      vestigingscode: string;
      name: string;
      sector: SchoolSector;
      lat: number;
      lng: number;
    }[];
    return {
      count: rows.length,
      vestigingscodes: rows.map((r) => r.vestigingscode),
      names: rows.map((r) => r.name),
      sectors: rows.map((r) => r.sector),
      coordinates: rows.flatMap((r) => [r.lat, r.lng]),
    };
  }

  /** The vestigingscodes of a municipality's active schools, sorted. */
  async codesInMunicipality(municipalityCode: string): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT vestigingscode FROM school
        WHERE municipality_code = $1 AND active = true ORDER BY vestigingscode`,
      [municipalityCode],
    )) as { vestigingscode: string }[];
    return rows.map((r) => r.vestigingscode);
  }

  /** Whether any school comes from the demo seed. */
  hasDemoData(): Promise<boolean> {
    return hasDemoRows(this.db, 'school');
  }

  async get(vestigingscode: string): Promise<SchoolModel> {
    const code = requireVestigingscode(vestigingscode);
    const row = await this.db.getRepository(SchoolEntity).findOneBy({ vestigingscode: code });
    if (!row) throw UserInputError.notFound('vestigingscode', code);
    return toSchoolModel(row);
  }
}

// One box for names, streets, postcodes, codes and places: the shape of the term decides.
// A postcode (with or without its letters) looks up postcodes; otherwise every word must occur
// in the name, the street address, the start of the place name or the start of the code.
function applySearch(qb: SelectQueryBuilder<SchoolEntity>, term: string): void {
  const compact = term.replace(/\s+/g, '').toUpperCase();
  if (/^[1-9]\d{0,3}[A-Z]{0,2}$/.test(compact)) {
    qb.andWhere(`s.postcode LIKE :pc`, { pc: `${compact}%` });
    return;
  }
  const words = searchWords(term);
  // A single term that only makes sense whole (a code like 00AH07) keeps its own branch.
  qb.andWhere(
    new Brackets((outer) => {
      outer.where(`s.vestigingscode LIKE :code ESCAPE '\\'`, { code: `${escapeLike(compact)}%` });
      outer.orWhere(
        new Brackets((all) => {
          words.forEach((word, i) => {
            const lower = escapeLike(word);
            all.andWhere(
              `(lower(s.name) LIKE :w${i}c ESCAPE '\\' OR lower(s.address) LIKE :w${i}c ESCAPE '\\' OR lower(s.city) LIKE :w${i}p ESCAPE '\\')`,
              { [`w${i}c`]: `%${lower}%`, [`w${i}p`]: `${lower}%` },
            );
          });
        }),
      );
    }),
  );
}
