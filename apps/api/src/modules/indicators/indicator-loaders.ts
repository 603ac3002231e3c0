import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoadersFactory, ModuleLoaders } from '../../graphql/loaders.factory.js';
import type { SchoolIndicators } from './indicator-values.js';
import { IndicatorsService } from './indicators.service.js';

declare module '../../common/graphql/graphql-context.js' {
  interface Loaders {
    schoolIndicators: DataLoader<string, SchoolIndicators>;
  }
}

/** One query for the indicators of every school in a GraphQL answer. */
@Injectable()
export class IndicatorLoaders extends ModuleLoaders {
  constructor(
    private readonly indicators: IndicatorsService,
    factory: LoadersFactory,
  ) {
    super(factory);
  }

  create() {
    return {
      schoolIndicators: new DataLoader<string, SchoolIndicators>(async (codes) => {
        const found = await this.indicators.forSchools(codes);
        return codes.map((c) => found.get(c)!);
      }),
    };
  }
}
