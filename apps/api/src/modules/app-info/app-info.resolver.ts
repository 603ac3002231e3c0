import { Query, Resolver } from '@nestjs/graphql';
import { AppInfoService } from './app-info.service.js';
import { AppInfoModel, DataSourceCreditModel } from './models/app-info.model.js';
import { DATA_CREDITS } from './data-credits.js';

@Resolver(() => AppInfoModel)
export class AppInfoResolver {
  constructor(private readonly info: AppInfoService) {}

  @Query(() => AppInfoModel, { description: 'Versie, kaartinstellingen en bronnen' })
  appInfo() {
    return this.info.get();
  }

  @Query(() => [DataSourceCreditModel], {
    description: 'Bronvermelding van de gebruikte open data',
  })
  sources() {
    return DATA_CREDITS;
  }
}
