import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../../common/auth/current-actor.js';
import type { Actor } from '../../../common/auth/roles.js';
import { MunicipalityExportService } from '../export/municipality-export.service.js';
import { ScenarioInput, ScenarioModel, ScenarioResultModel } from '../models/scenario.model.js';
import { MODE_TEXT_EN, ScenarioService } from './scenario.service.js';
import { IdArg } from '../../../common/graphql/args.js';

const ROLES = '(MUNICIPALITY_OFFICER van die gemeente, ADMIN)';

@Resolver()
export class ScenarioResolver {
  constructor(
    private readonly scenarios: ScenarioService,
    private readonly exports: MunicipalityExportService,
  ) {}

  @Query(() => ScenarioResultModel, {
    description: `Wat levert het meeste op? De kandidaten binnen het budget die de meeste onvervulde behoefte dekken, stap voor stap; niet bewaard ${ROLES}`,
  })
  runScenario(@Args('input') input: ScenarioInput, @CurrentActor() actor: Actor | null) {
    return this.scenarios.run(actor, input);
  }

  @Mutation(() => ScenarioModel, {
    description: `Rekent een scenario door en bewaart het ${ROLES}`,
  })
  saveScenario(@Args('input') input: ScenarioInput, @CurrentActor() actor: Actor | null) {
    return this.scenarios.save(actor, input);
  }

  @Mutation(() => Boolean, { description: `Verwijdert een bewaard scenario ${ROLES}` })
  deleteScenario(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.scenarios.remove(actor, id);
  }

  @Query(() => [ScenarioModel], {
    description: `Bewaarde scenario’s van een gemeente, nieuwste eerst ${ROLES}`,
  })
  municipalityScenarios(@Args('code') code: string, @CurrentActor() actor: Actor | null) {
    return this.scenarios.list(actor, code);
  }

  @Query(() => String, {
    description: `Eén scenario als CSV: de stappen met hun winst (scheidingsteken ;, UTF-8 met BOM) ${ROLES}; ook als GET /downloads/scenario/{id}/steps.csv`,
  })
  async scenarioCsv(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return (await this.exports.scenarioCsv(actor, id)).csv;
  }

  @Query(() => String, {
    description: `Scenario’s naast elkaar, en per scenario de stappen, als .xlsx (base64) ${ROLES}; ook als GET /downloads/scenarios.xlsx?ids=…`,
  })
  scenariosXlsx(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentActor() actor: Actor | null,
  ) {
    return this.exports.scenariosXlsx(actor, ids);
  }
}

/** The method in English, from the mode: also for results saved before the text existed. */
@Resolver(() => ScenarioResultModel)
export class ScenarioResultTextResolver {
  @ResolveField('modeTextEn', () => String, {
    description: 'Welke methode en wat dat betekent, in het Engels (the method in English)',
  })
  modeTextEn(@Parent() result: ScenarioResultModel): string {
    return MODE_TEXT_EN[result.mode];
  }
}
