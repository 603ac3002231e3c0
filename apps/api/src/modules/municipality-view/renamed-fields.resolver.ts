import type { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { InterventionCode } from '@partnerwijzer/domain';
import { InterventionCodeEnum } from '../../common/graphql/enums.js';
import { deprecatedFor } from '../../common/graphql/renamed-field.js';
import { CoverageSummaryModel, MunicipalityCoverageModel } from './models/coverage.model.js';
import { LocalOfferingModel } from './models/local-offering.model.js';
import { MunicipalityNeedsModel } from './models/needs.model.js';
import { ScenarioStepModel } from './models/scenario.model.js';

interface WithCodes {
  interventionCodes: InterventionCode[];
}

// These types named their list of codes `interventionTypes` before the glossary fixed
// `interventionCodes` for codes; the old name answers the same list until clients have moved.
function oldInterventionTypesName(model: Type<WithCodes>): Type<unknown> {
  @Resolver(() => model)
  class OldInterventionTypesName {
    @ResolveField('interventionTypes', () => [InterventionCodeEnum], {
      deprecationReason: deprecatedFor('interventionCodes'),
    })
    interventionTypes(@Parent() parent: WithCodes): InterventionCode[] {
      return parent.interventionCodes;
    }
  }
  Object.defineProperty(OldInterventionTypesName, 'name', {
    value: `${model.name}OldInterventionTypesName`,
  });
  return OldInterventionTypesName;
}

export const RENAMED_FIELD_RESOLVERS = [
  MunicipalityCoverageModel,
  CoverageSummaryModel,
  LocalOfferingModel,
  MunicipalityNeedsModel,
  ScenarioStepModel,
].map(oldInterventionTypesName);
