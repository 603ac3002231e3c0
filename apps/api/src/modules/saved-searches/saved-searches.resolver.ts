import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { SaveSearchInput, SubscribeMunicipalityAlertsInput } from './dto/saved-search.inputs.js';
import { SavedSearchModel, UnsubscribeLinkModel } from './models/saved-search.model.js';
import { SavedSearchesService } from './saved-searches.service.js';
import { IdArg } from '../../common/graphql/args.js';

@Resolver(() => SavedSearchModel)
export class SavedSearchesResolver {
  constructor(private readonly searches: SavedSearchesService) {}

  @Query(() => [SavedSearchModel], {
    description:
      'De eigen bewaarde zoekopdrachten en abonnementen (ingelogd); nooit die van een ander',
  })
  mySavedSearches(@CurrentActor() actor: Actor | null) {
    return this.searches.mine(actor);
  }

  @Mutation(() => SavedSearchModel, {
    description:
      'Bewaart een zoekopdracht van de zoekhulp voor een eigen school, met een samenvatting per e-mail (SCHOOL_STAFF van die school, ADMIN met een account)',
  })
  saveSearch(@Args('input') input: SaveSearchInput, @CurrentActor() actor: Actor | null) {
    return this.searches.saveSchoolSearch(actor, input);
  }

  @Mutation(() => SavedSearchModel, {
    description:
      'Bericht over nieuw aanbod en nieuwe witte vlekken in een eigen gemeente (MUNICIPALITY_OFFICER van die gemeente, ADMIN met een account)',
  })
  subscribeMunicipalityAlerts(
    @Args('input') input: SubscribeMunicipalityAlertsInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.searches.subscribeMunicipality(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert een eigen bewaarde zoekopdracht' })
  deleteSavedSearch(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.searches.delete(actor, id);
  }

  @Query(() => UnsubscribeLinkModel, {
    description:
      'Waar een afmeldlink uit een samenvatting bij hoort; verandert niets (zonder account)',
  })
  savedSearchByUnsubscribeLink(@Args('token') token: string) {
    return this.searches.byUnsubscribeLink(token);
  }

  @Mutation(() => UnsubscribeLinkModel, {
    description: 'Meldt af met de link uit een samenvatting: geen e-mail meer (zonder account)',
  })
  unsubscribeSavedSearch(@Args('token') token: string) {
    return this.searches.unsubscribe(token);
  }
}
