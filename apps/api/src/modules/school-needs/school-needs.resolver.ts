import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { SetSchoolNeedsProfileInput } from './dto/set-school-needs-profile.input.js';
import {
  SchoolNeedsDefaultsModel,
  SchoolNeedsProfileModel,
} from './models/school-needs-profile.model.js';
import { SchoolNeedsService } from './school-needs.service.js';
import { OptionalTextArg } from '../../common/graphql/args.js';

@Resolver(() => SchoolNeedsProfileModel)
export class SchoolNeedsResolver {
  constructor(private readonly needs: SchoolNeedsService) {}

  @Query(() => SchoolNeedsProfileModel, {
    nullable: true,
    description:
      'Het behoefteprofiel van een school (SCHOOL_STAFF van die school, MUNICIPALITY_OFFICER van haar gemeente, ADMIN); null als er geen is',
  })
  schoolNeedsProfile(
    @Args('vestigingscode') vestigingscode: string,
    @OptionalTextArg('schoolYear') schoolYear: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.needs.profile(actor, vestigingscode, schoolYear);
  }

  @Query(() => SchoolNeedsDefaultsModel, {
    nullable: true,
    description:
      'De behoeften waarmee de zoekhulp voor een school begint (openbaar): het eigen profiel voor wie het mag lezen, anders alleen een profiel dat de school zichtbaar maakte; nooit toelichtingen',
  })
  schoolNeedsDefaults(
    @Args('vestigingscode') vestigingscode: string,
    @OptionalTextArg('schoolYear') schoolYear: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.needs.defaults(actor, vestigingscode, schoolYear);
  }

  @Mutation(() => SchoolNeedsProfileModel, {
    description:
      'Legt het behoefteprofiel van een school voor een schooljaar vast, in zijn geheel (SCHOOL_STAFF van die school, ADMIN)',
  })
  setSchoolNeedsProfile(
    @Args('input') input: SetSchoolNeedsProfileInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.needs.setProfile(actor, input);
  }
}
