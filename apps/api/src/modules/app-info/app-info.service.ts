import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { DATA_CREDITS } from './data-credits.js';
import type { AppInfoModel } from './models/app-info.model.js';

export const APP_VERSION = '0.1.0';

@Injectable()
export class AppInfoService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  async get(): Promise<AppInfoModel> {
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM school WHERE is_demo) OR EXISTS (SELECT 1 FROM organisation WHERE is_demo) AS demo`,
    )) as { demo: boolean }[];
    return {
      version: APP_VERSION,
      demoData: row?.demo ?? false,
      map: {
        tileUrl: this.config.MAP_TILE_URL === 'none' ? null : this.config.MAP_TILE_URL,
        attribution: this.config.MAP_TILE_ATTRIBUTION,
      },
      sources: DATA_CREDITS,
    };
  }
}
