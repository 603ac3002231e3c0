import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { OrganisationsService } from '../organisations/index.js';
import { SchoolsService } from '../schools/index.js';
import { DATA_CREDITS } from './data-credits.js';
import type { AppInfoModel } from './models/app-info.model.js';

export const APP_VERSION = '0.1.0';

@Injectable()
export class AppInfoService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schools: SchoolsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async get(): Promise<AppInfoModel> {
    const [schools, organisations] = await Promise.all([
      this.schools.hasDemoData(),
      this.organisations.hasDemoData(),
    ]);
    return {
      version: APP_VERSION,
      demoData: schools || organisations,
      map: {
        tileUrl: this.config.MAP_TILE_URL === 'none' ? null : this.config.MAP_TILE_URL,
        attribution: this.config.MAP_TILE_ATTRIBUTION,
      },
      sources: DATA_CREDITS,
    };
  }
}
