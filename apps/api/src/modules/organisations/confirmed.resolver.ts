import { Inject, type Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStale } from '@partnerwijzer/domain';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

/** What a partner keeps confirming as still current: an organisation, an offering. */
interface Confirmed {
  lastConfirmedAt: Date | null;
}

/**
 * The isStale field, alike on Organisation and Offering: their resolvers extend the class made
 * here for their own type.
 */
export function ConfirmedResolver(type: Type<Confirmed>) {
  @Resolver(() => type, { isAbstract: true })
  abstract class ConfirmedResolverHost {
    @Inject(APP_CONFIG) private readonly config!: AppConfig;

    @ResolveField(() => Boolean, {
      description: 'Niet bevestigd in de laatste STALE_AFTER_MONTHS maanden (of nooit)',
    })
    isStale(@Parent() confirmed: Confirmed): boolean {
      return isStale(confirmed.lastConfirmedAt, new Date(), this.config.STALE_AFTER_MONTHS);
    }
  }
  return ConfirmedResolverHost;
}
