// Public surface of the matching module: other modules import from here only.
export { MatchingIndexService } from './matching-index.service.js';
export { MatchingModule } from './matching.module.js';
export { MatchReasonModel, PartnerMatchModel } from './models/match-outcome.model.js';
export { MatchFiltersInput } from './dto/match-partners.input.js';
