import { Field, Float, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import {
  type FundingRouteCode,
  type InterventionCode,
  MET_STATUSES,
  type MetStatus,
  NEED_SOURCES,
  type NeedSource,
  type SchoolSector,
} from '@partnerwijzer/domain';
import {
  enumOf,
  FundingRouteCodeEnum,
  InterventionCodeEnum,
  SchoolSectorEnum,
} from '../../../common/graphql/enums.js';
import type { MixinBase } from '../../../common/graphql/mixin-base.js';
import { InterventionTypeColumnBase, SchoolRowBase } from './coverage.model.js';
import { MunicipalityModel } from '../../regions/index.js';

export const MetStatusEnum = enumOf(MET_STATUSES);
registerEnumType(MetStatusEnum, {
  name: 'MetStatus',
  description:
    'Hoe een behoefte wordt gedekt: LOCAL lokaal aanbod (telt volledig), ONLY_NATIONAL alleen landelijk (telt half), NONE geen aanbod, NOT_APPLICABLE geldt niet voor de sector (n.v.t.)',
});

export const NeedSourceEnum = enumOf(NEED_SOURCES);
registerEnumType(NeedSourceEnum, {
  name: 'NeedSource',
  description:
    'Waar de behoefte vandaan komt: PROFILE (behoefteprofiel van de school), PROFILE_NOT_LISTED (profiel noemt het thema niet), SCHOOLWEGING, ACHTERSTANDSSCORE (CBS 2019), AREA_AVERAGE (gemiddelde van de gemeente), DEFAULT, NOT_APPLICABLE',
});

@ObjectType('NeedCell', { description: 'Eén school × één interventiesoort: behoefte en dekking' })
export class NeedCellModel extends InterventionTypeColumnBase {
  @Field(() => MetStatusEnum)
  status!: MetStatus;

  /** Geschatte behoefte (leerlingen); 0 bij n.v.t. */
  need!: number;

  /** Onvervulde behoefte: behoefte × (1 − dekking) */
  unmet!: number;
}

/**
 * Weighted need (pupils), the part offerings cover, and the rest, added to any row type;
 * a mixin because SchoolNeedRow already extends SchoolRowBase.
 */
function withNeedTotals<B extends MixinBase>(Base: B) {
  @ObjectType({ isAbstract: true })
  abstract class NeedTotals extends Base {
    @Field(() => Float)
    need!: number;

    @Field(() => Float)
    met!: number;

    @Field(() => Float)
    unmet!: number;
  }
  return NeedTotals;
}

/** The totals on their own, for types that have no other base. */
const NeedTotals = withNeedTotals(class {});

@ObjectType('SchoolNeedRow', { description: 'Een school met haar behoefte per interventiesoort' })
export class SchoolNeedRowModel extends withNeedTotals(SchoolRowBase) {
  @Field(() => Int, { nullable: true, description: 'Leerlingen volgens DUO' })
  pupils!: number | null;

  @Field(() => NeedSourceEnum, { description: 'Bron van de intensiteit' })
  source!: NeedSource;

  /** Intensiteit 0–1 (bij een profiel: 0, zie de cellen) */
  intensity!: number;

  /** In taxonomievolgorde */
  cells!: NeedCellModel[];
}

@ObjectType('ThemeNeed', { description: 'Eén interventiesoort over alle scholen' })
export class ThemeNeedModel extends withNeedTotals(InterventionTypeColumnBase) {
  /** Gedekt aandeel 0–1; null zonder behoefte */
  share!: number | null;

  @Field(() => Int, { description: 'Scholen met onvervulde behoefte voor dit thema' })
  schoolsWithUnmet!: number;
}

@ObjectType('NeedShare', { description: 'Gewogen behoefte en het gedekte aandeel ervan' })
export class NeedShareModel {
  label!: string;

  need!: number;

  met!: number;

  share!: number | null;

  /** Gedekt aandeel per interventiesoort (taxonomievolgorde); -1 zonder behoefte */
  shareByType!: number[];
}

@ObjectType('SimilarMunicipality')
export class SimilarMunicipalityModel {
  code!: string;

  name!: string;

  /** Afstand op (gemiddelde intensiteit, log leerlingen) */
  distance!: number;

  share!: number | null;

  /** Gemiddelde intensiteit (indicatoren) van de scholen */
  meanIntensity!: number;

  @Field(() => Int)
  pupils!: number;
}

@ObjectType('NeedComparison', {
  description:
    'Gedekt aandeel van de gewogen behoefte: deze gemeente, de provincie, het land en vergelijkbare gemeenten; met een gekozen sector alle vier voor de scholen van die sector',
})
export class NeedComparisonModel {
  own!: NeedShareModel;

  province!: NeedShareModel;

  national!: NeedShareModel;

  /** De vergelijkbare gemeenten samen */
  similar!: NeedShareModel;

  similarMunicipalities!: SimilarMunicipalityModel[];

  /** Hoe vergelijkbare gemeenten zijn gekozen */
  similarRuleNl!: string;

  /** How similar municipalities are chosen (English) */
  similarRuleEn!: string;
}

@ObjectType('MunicipalityNeeds', {
  description:
    'Behoefte-gewogen witte vlekken van een gemeente: scholen en thema’s met de grootste onvervulde behoefte eerst',
})
export class MunicipalityNeedsModel extends NeedTotals {
  municipality!: MunicipalityModel;

  @Field(() => SchoolSectorEnum, { nullable: true })
  sector!: SchoolSector | null;

  /** Schooljaar van de behoefteprofielen */
  schoolYear!: string;

  /** true: alle behoefteprofielen telden mee (beleidsmedewerker, beheerder); false: alleen profielen die de school openbaar maakte */
  allProfiles!: boolean;

  @Field(() => [InterventionCodeEnum])
  interventionCodes!: InterventionCode[];

  /** Grootste onvervulde behoefte eerst */
  schools!: SchoolNeedRowModel[];

  @Field(() => [FundingRouteCodeEnum], {
    description:
      'Alleen aanbod met een van deze financieringsroutes telt als dekking (eigen cijfers; de vergelijking met provincie, land en vergelijkbare gemeenten blijft zonder dit filter); leeg = alle aanbod',
  })
  fundingRoutes!: FundingRouteCode[];

  /** Grootste onvervulde behoefte eerst */
  themes!: ThemeNeedModel[];

  share!: number | null;

  comparison!: NeedComparisonModel;

  /** "Hoe wordt dit berekend?" (Nederlands) */
  formulaNl!: string[];

  /** "How is this computed?" (English) */
  formulaEn!: string[];
}

@ObjectType('NeedStep')
export class NeedStepModel {
  code!: string;

  textNl!: string;

  textEn!: string;
}

// The cell it explains: its intervention type and status, as NeedCell names them.
@ObjectType('NeedExplanation', { description: 'De berekening van één cel, stap voor stap' })
export class NeedExplanationModel extends PickType(NeedCellModel, [
  'interventionType',
  'status',
] as const) {
  vestigingscode!: string;

  need!: number;

  unmet!: number;

  @Field(() => NeedSourceEnum)
  source!: NeedSource;

  steps!: NeedStepModel[];
}
