import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AreaGeometry } from '@partnerwijzer/domain';
import { byKey } from '../../common/graphql/dataloader-batches.js';
import { LoadersFactory, ModuleLoaders } from '../../graphql/loaders.factory.js';
import type { MunicipalityModel } from './models/municipality.model.js';
import type { ProvinceModel } from './models/province.model.js';
import { RegionsService } from './regions.service.js';

declare module '../../common/graphql/graphql-context.js' {
  interface Loaders {
    province: DataLoader<string, ProvinceModel>;
    municipality: DataLoader<string, MunicipalityModel>;
    municipalityBoundary: DataLoader<string, AreaGeometry | null>;
    provinceBoundary: DataLoader<string, AreaGeometry | null>;
  }
}

/** The request loaders for provinces, municipalities and their boundaries. */
@Injectable()
export class RegionLoaders extends ModuleLoaders {
  constructor(
    private readonly regions: RegionsService,
    factory: LoadersFactory,
  ) {
    super(factory);
  }

  create() {
    return {
      province: new DataLoader<string, ProvinceModel>(async (codes) =>
        byKey(codes, await this.regions.provincesByCodes(codes), (p) => p.code),
      ),
      municipality: new DataLoader<string, MunicipalityModel>(async (codes) =>
        byKey(codes, await this.regions.municipalitiesByCodes(codes), (m) => m.code),
      ),
      municipalityBoundary: new DataLoader<string, AreaGeometry | null>(async (codes) => {
        const found = await this.regions.boundariesByCodes('municipality', codes);
        return codes.map((c) => found.get(c) ?? null);
      }),
      provinceBoundary: new DataLoader<string, AreaGeometry | null>(async (codes) => {
        const found = await this.regions.boundariesByCodes('province', codes);
        return codes.map((c) => found.get(c) ?? null);
      }),
    };
  }
}
