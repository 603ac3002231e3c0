import { Logger, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  createMeiliIndexClient,
  EmbeddedSearchEngine,
  MeiliSearchEngine,
  type SearchEngine,
} from '@partnerwijzer/search';
import { APP_CONFIG } from '../../config/config.module.js';
import { meiliKeys, type AppConfig } from '../../config/config.schema.js';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Meilisearch when MEILI_URL is set, else the embedded engine on our own database. */
export function createSearchEngine(config: AppConfig, db: DataSource): SearchEngine {
  const keys = meiliKeys(config);
  if (config.MEILI_URL && keys) {
    if (keys.usesMasterKey) {
      new Logger('Search').warn(
        'Meilisearch met de hoofdsleutel (MEILI_MASTER_KEY): zet liever MEILI_ADMIN_KEY en MEILI_SEARCH_KEY (using the master key; set separate admin and search keys instead)',
      );
    }
    return new MeiliSearchEngine(
      createMeiliIndexClient(config.MEILI_URL, keys, config.MEILI_INDEX),
    );
  }
  return new EmbeddedSearchEngine(db);
}

export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource],
  useFactory: createSearchEngine,
};
