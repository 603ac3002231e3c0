import { Injectable } from '@nestjs/common';
import {
  DataSource,
  In,
  type EntityTarget,
  type FindOptionsSelect,
  type FindOptionsWhere,
} from 'typeorm';
import { isMunicipalityCode, isProvinceCode, type AreaGeometry } from '@partnerwijzer/domain';
import { UserInputError, type ProblemCode } from '../../common/errors/user-input.error.js';
import { readPageByKey, type Page } from '../../common/pagination/connection.model.js';
import { escapeLike } from '../../database/escape-like.js';
import { MunicipalityEntity } from './entities/municipality.entity.js';
import { ProvinceEntity } from './entities/province.entity.js';
import type { MunicipalitiesArgs } from './dto/municipalities.args.js';
import type { MunicipalityModel } from './models/municipality.model.js';
import type { ProvinceModel } from './models/province.model.js';
import {
  MUNICIPALITY_LIST_COLUMNS,
  MUNICIPALITY_SELECT,
  PROVINCE_SELECT,
  toMunicipalityModel,
  toProvinceModel,
} from './region.mappers.js';

/** What differs between reading provinces and reading municipalities by code. */
interface RegionTable<E extends { code: string }, M> {
  entity: EntityTarget<E>;
  select: FindOptionsSelect<E>;
  toModel: (row: E) => M;
  isCode: (code: string) => boolean;
  /** The refusal for a code of the wrong form, and its code. */
  formMessage: string;
  formCode: ProblemCode;
}

const PROVINCES: RegionTable<ProvinceEntity, ProvinceModel> = {
  entity: ProvinceEntity,
  select: PROVINCE_SELECT,
  toModel: toProvinceModel,
  isCode: isProvinceCode,
  formMessage: 'moet de vorm PVxx hebben (must look like PV27)',
  formCode: { code: 'INVALID_PROVINCE_CODE' },
};

const MUNICIPALITIES: RegionTable<MunicipalityEntity, MunicipalityModel> = {
  entity: MunicipalityEntity,
  select: MUNICIPALITY_SELECT,
  toModel: toMunicipalityModel,
  isCode: isMunicipalityCode,
  formMessage: 'moet de vorm GMxxxx hebben (must look like GM0363)',
  formCode: { code: 'INVALID_MUNICIPALITY_CODE' },
};

@Injectable()
export class RegionsService {
  constructor(private readonly db: DataSource) {}

  async listProvinces(): Promise<ProvinceModel[]> {
    const rows = await this.db.getRepository(ProvinceEntity).find({
      select: PROVINCE_SELECT,
      order: { code: 'ASC' },
    });
    return rows.map(toProvinceModel);
  }

  getProvince(code: string): Promise<ProvinceModel> {
    return this.oneByCode(PROVINCES, code);
  }

  provincesByCodes(codes: readonly string[]): Promise<ProvinceModel[]> {
    return this.byCodes(PROVINCES, codes);
  }

  async listMunicipalities(args: MunicipalitiesArgs): Promise<Page<MunicipalityModel>> {
    const qb = this.db
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('m')
      .select(MUNICIPALITY_LIST_COLUMNS.map((c) => `m.${c}`));
    if (args.provinceCode)
      qb.andWhere('m.province_code = :province', { province: args.provinceCode });
    if (args.search) {
      qb.andWhere(`lower(m.name) LIKE :prefix ESCAPE '\\'`, {
        prefix: `${escapeLike(args.search.toLowerCase())}%`,
      });
    }
    const totalCount = await qb.getCount();
    return readPageByKey(qb, 'm.code', args, totalCount, (r) => r.code, toMunicipalityModel);
  }

  getMunicipality(code: string): Promise<MunicipalityModel> {
    return this.oneByCode(MUNICIPALITIES, code);
  }

  municipalitiesByCodes(codes: readonly string[]): Promise<MunicipalityModel[]> {
    return this.byCodes(MUNICIPALITIES, codes);
  }

  /** One region by its code: a code of the wrong form is refused before it is looked up. */
  private async oneByCode<E extends { code: string }, M>(
    table: RegionTable<E, M>,
    code: string,
  ): Promise<M> {
    if (!table.isCode(code)) throw UserInputError.field('code', table.formMessage, table.formCode);
    const [found] = await this.byCodes(table, [code]);
    if (!found) throw UserInputError.notFound('code', code);
    return found;
  }

  private async byCodes<E extends { code: string }, M>(
    table: RegionTable<E, M>,
    codes: readonly string[],
  ): Promise<M[]> {
    const rows = await this.db.getRepository(table.entity).find({
      select: table.select,
      where: { code: In([...codes]) } as FindOptionsWhere<E>,
    });
    return rows.map(table.toModel);
  }

  /** Code → name of every municipality and every province (for reasons and labels). */
  async placeNames(): Promise<{
    municipalities: Map<string, string>;
    provinces: Map<string, string>;
  }> {
    const [m, p] = (await Promise.all([
      this.db.query(`SELECT code, name FROM municipality`),
      this.db.query(`SELECT code, name FROM province`),
    ])) as [{ code: string; name: string }[], { code: string; name: string }[]];
    return {
      municipalities: new Map(m.map((r) => [r.code, r.name])),
      provinces: new Map(p.map((r) => [r.code, r.name])),
    };
  }

  /** The province of a municipality, or undefined when the code is unknown. */
  async provinceOfMunicipality(code: string): Promise<string | undefined> {
    const rows = (await this.db.query(`SELECT province_code FROM municipality WHERE code = $1`, [
      code,
    ])) as { province_code: string }[];
    return rows[0]?.province_code;
  }

  /** Which of these codes exist, for municipalities and for provinces. */
  async existingCodes(
    municipalityCodes: readonly string[],
    provinceCodes: readonly string[],
  ): Promise<{ municipalities: Set<string>; provinces: Set<string> }> {
    const [m, p] = (await Promise.all([
      this.db.query(`SELECT code FROM municipality WHERE code = ANY($1)`, [[...municipalityCodes]]),
      this.db.query(`SELECT code FROM province WHERE code = ANY($1)`, [[...provinceCodes]]),
    ])) as [{ code: string }[], { code: string }[]];
    return {
      municipalities: new Set(m.map((r) => r.code)),
      provinces: new Set(p.map((r) => r.code)),
    };
  }

  async boundariesByCodes(
    table: 'municipality' | 'province',
    codes: readonly string[],
  ): Promise<Map<string, AreaGeometry | null>> {
    const rows: { code: string; geometry: AreaGeometry | null }[] = await this.db.query(
      `SELECT code, geometry FROM ${table} WHERE code = ANY($1)`,
      [[...codes]],
    );
    return new Map(rows.map((r) => [r.code, r.geometry]));
  }
}
