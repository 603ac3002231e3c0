import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  createMeiliIndexClient,
  EmbeddedSearchEngine,
  MeiliSearchEngine,
  type SearchEngine,
} from '@partnerwijzer/search';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Meilisearch when MEILI_URL is set, else the embedded engine on our own database. */
export function createSearchEngine(config: AppConfig, db: DataSource): SearchEngine {
  if (config.MEILI_URL && config.MEILI_MASTER_KEY) {
    return new MeiliSearchEngine(
      createMeiliIndexClient(config.MEILI_URL, config.MEILI_MASTER_KEY, config.MEILI_INDEX),
    );
  }
  return new EmbeddedSearchEngine(db);
}

export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource],
  useFactory: createSearchEngine,
};
