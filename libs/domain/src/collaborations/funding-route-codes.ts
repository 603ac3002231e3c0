// The funding routes' codes in catalogue order (the catalogue: funding-routes.ts). A module of
// their own, so the web finder's early script takes the codes without the catalogue's labels
// and dates.
export const FUNDING_ROUTE_CODES = [
  'NPO',
  'OAB_SCHOOL',
  'OAB_GEMEENTE',
  'GEMEENTELIJKE_SUBSIDIE',
  'FONDS',
  'SAMENWERKINGSVERBAND',
  'EIGEN_BIJDRAGE',
] as const;
export type FundingRouteCode = (typeof FUNDING_ROUTE_CODES)[number];
