import { FundingRouteCodeEnum, SchoolSectorEnum } from '../../common/graphql/enums.js';

// The optional filters of the municipality view's figures (one definition each).

export const SECTOR_ARG = { type: () => SchoolSectorEnum, nullable: true } as const;

export const FUNDING_ARG = {
  type: () => [FundingRouteCodeEnum],
  nullable: true,
  description:
    'Alleen aanbod dat een van deze financieringsroutes noemt telt mee (leeg = alle aanbod)',
} as const;
