import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';
import { ChangeFeed1763900100000 } from './1763900100000-change-feed.js';
import { SearchDocuments1763900200000 } from './1763900200000-search-documents.js';
import { ContactRequests1763900300000 } from './1763900300000-contact-requests.js';
import { Accounts1763900400000 } from './1763900400000-accounts.js';
import { SearchWords1763900500000 } from './1763900500000-search-words.js';
import { MailDelivery1763900600000 } from './1763900600000-mail-delivery.js';
import { SearchFacetKeys1763900900000 } from './1763900900000-search-facet-keys.js';
import { SearchFacetBits1763901000000 } from './1763901000000-search-facet-bits.js';
import { SchoolIndicators1764000100000 } from './1764000100000-school-indicators.js';
import { MunicipalityScenarios1764000200000 } from './1764000200000-municipality-scenarios.js';
import { SchoolNeeds1764000300000 } from './1764000300000-school-needs.js';
import { PendingRegistrations1764000400000 } from './1764000400000-pending-registrations.js';
import { ChangeFeedNotify1764000600000 } from './1764000600000-change-feed-notify.js';
import { RateLimitState1764000610000 } from './1764000610000-rate-limit-state.js';
import { LoginBackoff1764000620000 } from './1764000620000-login-backoff.js';
import { TableVersions1764000700000 } from './1764000700000-table-versions.js';
import { ContactRequestMail1765000100000 } from './1765000100000-contact-request-mail.js';
import { CoverageCentreLabel1765000110000 } from './1765000110000-coverage-centre-label.js';
import { Collaborations1765000200000 } from './1765000200000-collaborations.js';
import { OfferingFundingCodes1765000210000 } from './1765000210000-offering-funding-codes.js';
import { SavedSearches1766000100000 } from './1766000100000-saved-searches.js';
import { SavedSearchGroep1766000110000 } from './1766000110000-saved-search-groep.js';
import { OfferingLanguageCodes1766000700000 } from './1766000700000-offering-language-codes.js';
import { AccountEmailSpelling1766000800000 } from './1766000800000-account-email-spelling.js';
import { SavedSearchOnce1766000900000 } from './1766000900000-saved-search-once.js';
import { CoverageAreaPosition1766001000000 } from './1766001000000-coverage-area-position.js';
import { CoverageAreaLabel1766001200000 } from './1766001200000-coverage-area-label.js';
import { AccountEmailMailbox1766001300000 } from './1766001300000-account-email-mailbox.js';

// Every migration, in order. Listed explicitly so the ESM build needs no file globbing.
export const MIGRATIONS = [
  InitialSchema1763900000000,
  ChangeFeed1763900100000,
  SearchDocuments1763900200000,
  ContactRequests1763900300000,
  Accounts1763900400000,
  SearchWords1763900500000,
  MailDelivery1763900600000,
  SearchFacetKeys1763900900000,
  SearchFacetBits1763901000000,
  SchoolIndicators1764000100000,
  MunicipalityScenarios1764000200000,
  SchoolNeeds1764000300000,
  PendingRegistrations1764000400000,
  ChangeFeedNotify1764000600000,
  RateLimitState1764000610000,
  LoginBackoff1764000620000,
  TableVersions1764000700000,
  ContactRequestMail1765000100000,
  CoverageCentreLabel1765000110000,
  Collaborations1765000200000,
  OfferingFundingCodes1765000210000,
  SavedSearches1766000100000,
  SavedSearchGroep1766000110000,
  OfferingLanguageCodes1766000700000,
  AccountEmailSpelling1766000800000,
  SavedSearchOnce1766000900000,
  CoverageAreaPosition1766001000000,
  CoverageAreaLabel1766001200000,
  AccountEmailMailbox1766001300000,
];
