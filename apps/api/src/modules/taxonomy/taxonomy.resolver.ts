import { Args, Query, Resolver } from '@nestjs/graphql';
import { InterventionTypeModel } from './models/intervention-type.model.js';
import { TaxonomyService } from './taxonomy.service.js';

@Resolver(() => InterventionTypeModel)
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Query(() => [InterventionTypeModel], {
    description: 'De interventietaxonomie, in vaste volgorde',
  })
  interventionTypes() {
    return this.taxonomy.list();
  }

  @Query(() => InterventionTypeModel)
  interventionType(@Args('code') code: string) {
    return this.taxonomy.get(code);
  }
}
