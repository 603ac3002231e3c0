import { registerEnumType } from '@nestjs/graphql';
import {
  COLLABORATION_STATUSES,
  COST_TYPES,
  COVERAGE_KINDS,
  DELIVERY_MODES,
  EVIDENCE_LEVELS,
  EVIDENCE_REGISTERS,
  FUNDING_ROUTE_CODES,
  INTERVENTION_CODES,
  OFFERING_STATUSES,
  ORGANISATION_STATUSES,
  ORGANISATION_TYPES,
  SCHOOL_SECTORS,
  SECTORS,
  TARGET_GROUPS,
} from '@partnerwijzer/domain';

// GraphQL enums generated from the value sets in libs/domain, so there is one list of each.
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const SectorEnum = enumOf(SECTORS);
export const SchoolSectorEnum = enumOf(SCHOOL_SECTORS);
export const TargetGroupEnum = enumOf(TARGET_GROUPS);
export const DeliveryModeEnum = enumOf(DELIVERY_MODES);
export const CostTypeEnum = enumOf(COST_TYPES);
export const OfferingStatusEnum = enumOf(OFFERING_STATUSES);
export const EvidenceRegisterEnum = enumOf(EVIDENCE_REGISTERS);
export const EvidenceLevelEnum = enumOf(EVIDENCE_LEVELS);
export const OrganisationTypeEnum = enumOf(ORGANISATION_TYPES);
export const OrganisationStatusEnum = enumOf(ORGANISATION_STATUSES);
export const CoverageKindEnum = enumOf(COVERAGE_KINDS);
export const InterventionCodeEnum = enumOf(INTERVENTION_CODES);
export const FundingRouteCodeEnum = enumOf(FUNDING_ROUTE_CODES);
// Here, not in collaborations/: the contact requests' status page names a collaboration's status
// too, and importing it from the collaborations module closed an import cycle.
export const CollaborationStatusEnum = enumOf(COLLABORATION_STATUSES);

registerEnumType(SectorEnum, { name: 'Sector', description: 'Onderwijssector of doelgroepsector' });
registerEnumType(SchoolSectorEnum, {
  name: 'SchoolSector',
  description: 'Sector van een schoolvestiging (DUO)',
});
registerEnumType(TargetGroupEnum, { name: 'TargetGroup' });
registerEnumType(DeliveryModeEnum, { name: 'DeliveryMode' });
registerEnumType(CostTypeEnum, { name: 'CostType' });
registerEnumType(OfferingStatusEnum, { name: 'OfferingStatus' });
registerEnumType(EvidenceRegisterEnum, {
  name: 'EvidenceRegister',
  valuesMap: {
    NJI: { description: 'NJi Databank Effectieve Jeugdinterventies: erkent dit programma' },
    NPO_MENUKAART: {
      description:
        'NPO-menukaart: beoordeelt de soort interventie (maanden vooruitgang, sterkte van bewijs), niet dit aanbod; geen keurmerk voor het aanbod',
    },
    OTHER: { description: 'Een andere bron' },
    NONE: { description: 'Geen register' },
  },
});
registerEnumType(EvidenceLevelEnum, {
  name: 'EvidenceLevel',
  description:
    'Erkenningsniveau zoals de NJi Databank Effectieve Jeugdinterventies het noemt (met register NJI); anders de opgave van de partner',
  valuesMap: {
    NOT_ASSESSED: { description: 'Niet beoordeeld' },
    THEORETICALLY_SOUND: { description: 'Goed onderbouwd' },
    INDICATIONS_OF_EFFECT: { description: 'Effectief volgens eerste aanwijzingen' },
    PROVEN_EFFECTIVE: { description: 'Effectief volgens goede aanwijzingen' },
    STRONG_EVIDENCE: { description: 'Effectief volgens sterke aanwijzingen' },
  },
});
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });
registerEnumType(CoverageKindEnum, { name: 'CoverageKind' });
registerEnumType(InterventionCodeEnum, {
  name: 'InterventionCode',
  description: 'Code uit de interventietaxonomie',
});
registerEnumType(FundingRouteCodeEnum, {
  name: 'FundingRouteCode',
  description: 'Financieringsroute (catalogus in libs/domain/src/collaborations/funding-routes.ts)',
});
registerEnumType(CollaborationStatusEnum, {
  name: 'CollaborationStatus',
  description: 'In voorbereiding, loopt, gepauzeerd, afgerond of gestopt',
});
