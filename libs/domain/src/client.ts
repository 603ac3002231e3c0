// What the web client imports from the domain (as @partnerwijzer/domain/client): small and
// pure — code parsing, school-needs values, applicability and the reason catalogue — without the match engine or geometry.
export * from './values/codes.js';
export * from './values/school-needs.js';
export * from './needs/applicability.js';
export * from './matching/reason-catalogue/index.js';
export type { SchoolType } from './values/sector.js';
export type { ProblemCodeName } from './values/problem-code-names.js';
export { INTERVENTION_CODES } from './taxonomy/intervention-type.js';
export {
  ORGANISATION_NAME_MIN_LENGTH,
  ORGANISATION_PROFILE_MAX_LENGTH,
  ORGANISATION_TYPES,
} from './values/organisation-values.js';
export * from './collaborations/funding-routes.js';
export {
  COLLABORATION_LIMITS,
  COLLABORATION_STATUSES,
  COLLABORATION_TRANSITIONS,
  GOAL_ATTAINMENTS,
  type CollaborationStatus,
  type GoalAttainment,
} from './collaborations/collaboration-rules.js';
