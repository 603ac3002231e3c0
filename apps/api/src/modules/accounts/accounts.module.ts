import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccountRateLimits } from './account-rate-limits.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { RegistrationRequests } from './registration-requests.js';
import { SessionMiddleware } from './session.middleware.js';

@Global()
@Module({
  providers: [
    AccountRateLimits,
    AccountsService,
    AccountsResolver,
    SessionMiddleware,
    RegistrationRequests,
  ],
  exports: [AccountsService, AccountRateLimits, RegistrationRequests],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('graphql', 'hsds/import', 'downloads/*path');
  }
}
