import { Global, Module } from '@nestjs/common';
import { QueryRateLimitGuard } from './query-rate-limit.guard.js';
import { RateLimitsService } from './rate-limits.service.js';

@Global()
@Module({
  providers: [RateLimitsService, QueryRateLimitGuard],
  exports: [RateLimitsService, QueryRateLimitGuard],
})
export class RateLimitModule {}
