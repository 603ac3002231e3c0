import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { DatabaseRateLimitStore } from './database-rate-limit-store.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import { QueryRateLimitGuard } from './query-rate-limit.guard.js';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit-store.js';
import { RateLimitsService } from './rate-limits.service.js';

const storeProvider = {
  provide: RATE_LIMIT_STORE,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, db: DataSource): RateLimitStore =>
    config.RATE_LIMIT_STORE === 'database'
      ? new DatabaseRateLimitStore(db)
      : new MemoryRateLimitStore(),
};

@Global()
@Module({
  providers: [storeProvider, RateLimitsService, QueryRateLimitGuard],
  exports: [RATE_LIMIT_STORE, RateLimitsService, QueryRateLimitGuard],
})
export class RateLimitModule {}
