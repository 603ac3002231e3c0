import { FundingRouteCodeEnum } from '../../common/graphql/enums.js';

/** The optional funding-route filter of the municipality view's figures (one definition). */
export const FUNDING_ARG = {
  type: () => [FundingRouteCodeEnum],
  nullable: true,
  description:
    'Alleen aanbod dat een van deze financieringsroutes noemt telt mee (leeg = alle aanbod)',
} as const;
