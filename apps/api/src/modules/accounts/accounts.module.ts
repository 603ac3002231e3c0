import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { SessionMiddleware } from './session.middleware.js';

@Global()
@Module({
  providers: [AccountsService, AccountsResolver, SessionMiddleware],
  exports: [AccountsService],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('graphql');
  }
}
