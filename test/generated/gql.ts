/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAccount($i: CreateAccountInput!) {\n    createAccount(input: $i) {\n      id email role organisationId organisationName schoolCodes municipalityCodes createdAt\n    }\n  }": typeof types.CreateAccountDocument,
    "\n  query ListAccounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      email role organisationName schoolCodes municipalityCodes\n    }\n  }": typeof types.ListAccountsDocument,
    "\n  mutation Register($i: RegisterPartnerInput!) {\n    registerPartner(input: $i) { message validHours }\n  }": typeof types.RegisterDocument,
    "\n  mutation Confirm($t: String!) {\n    confirmRegistration(token: $t) { role organisationId csrfToken }\n  }": typeof types.ConfirmDocument,
    "mutation OwnCoverage($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }": typeof types.OwnCoverageDocument,
    "mutation CreateOwnOffering($i: CreateOfferingInput!) { createOffering(input: $i) { id } }": typeof types.CreateOwnOfferingDocument,
    "mutation Verify($o: ID!) { verifyOrganisation(organisationId: $o) { status verifiedAt } }": typeof types.VerifyDocument,
    "mutation WrongLogin { login(email: \"info@leerkracht.nl\", password: \"fout-wachtwoord-123\") { role } }": typeof types.WrongLoginDocument,
    "mutation Reset($t: String!) { resetPassword(token: $t, password: \"nieuw wachtwoord 2026\") }": typeof types.ResetDocument,
    "mutation ResetAgain($t: String!) { resetPassword(token: $t, password: \"nog een wachtwoord\") }": typeof types.ResetAgainDocument,
    "query Me { me { email } }": typeof types.MeDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "\n  query GeocodePlaces($q: String!) {\n    geocode(query: $q) {\n      geocoderAvailable\n      places { label kind location { lat lng } municipalityCode postcode }\n    }\n  }": typeof types.GeocodePlacesDocument,
    "\n  query Match($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      school { vestigingscode }\n      totalMatches\n      matches {\n        offeringId score full distanceKm needsMet\n        matchedArea { kind }\n        reasons { code text params }\n        offering { title }\n        organisation { name }\n      }\n      bundle { offeringIds needsCovered offerings { title } }\n      uncoveredNeeds uncoveredText\n    }\n  }": typeof types.MatchDocument,
    "\n  query PickSchools($m: String, $s: SchoolSector) {\n    schools(municipalityCode: $m, sector: $s, first: 50) { nodes { vestigingscode schoolType } }\n  }": typeof types.PickSchoolsDocument,
    "\n  mutation SetCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) { id }\n  }": typeof types.SetCoverageDocument,
    "mutation PauseOffering($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { status } }": typeof types.PauseOfferingDocument,
    "\n  mutation RenameOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }": typeof types.RenameOfferingDocument,
    "\n  query LocateSchool($c: String!) {\n    matchPartners(input: { vestigingscode: $c, needs: [] }) { location { lat lng } }\n  }": typeof types.LocateSchoolDocument,
    "\n  query SortedMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId full distanceKm\n        offering { lastConfirmedAt languages }\n      }\n    }\n  }": typeof types.SortedMatchDocument,
    "\n  query PickSortSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 1) { nodes { vestigingscode } }\n  }": typeof types.PickSortSchoolDocument,
    "\n  mutation SetLanguages($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { languages }\n  }": typeof types.SetLanguagesDocument,
    "\n  query Coverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality { code name hasBoundary }\n      sector interventionTypes\n      schools {\n        vestigingscode name sector schoolType typesApplicable typesCovered typesCoveredLocally\n        cells { interventionType offerings verified local status }\n      }\n      totals { interventionType gapSchools onlyNationalSchools localSchools notApplicableSchools }\n    }\n  }": typeof types.CoverageDocument,
    "\n  query CoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }": typeof types.CoverageCsvDocument,
    "\n  query CoverageMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      totalMatches\n      matches { offeringId matchedArea { kind } scoreParts { verified } }\n    }\n  }": typeof types.CoverageMatchDocument,
    "\n  query CellIds($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) { offeringId }\n  }": typeof types.CellIdsDocument,
    "\n  query CellList($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) {\n      offeringId needsMet\n      matchedArea { kind }\n    }\n  }": typeof types.CellListDocument,
    "\n  mutation SetStatus($id: ID!, $s: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $s) { id }\n  }": typeof types.SetStatusDocument,
    "\n  query NationalSummary {\n    coverageSummary(level: NATIONAL) {\n      interventionTypes\n      municipalities {\n        municipalityCode schools\n        shares { interventionType schoolsApplicable schoolsWithLocal share }\n      }\n    }\n  }": typeof types.NationalSummaryDocument,
    "\n  query ProvinceSummary {\n    coverageSummary(level: PROVINCE, provinceCode: \"pv27\") {\n      provinceCode\n      municipalities { provinceCode }\n    }\n  }": typeof types.ProvinceSummaryDocument,
    "\n  query SchiedamCell($v: String!) {\n    coverageCell(code: \"GM0606\", vestigingscode: $v, interventionType: MENTORING) { offeringId }\n  }": typeof types.SchiedamCellDocument,
    "\n  query SummaryLevel($l: CoverageSummaryLevel!, $p: String) {\n    coverageSummary(level: $l, provinceCode: $p) { level }\n  }": typeof types.SummaryLevelDocument,
    "\n  query Coalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      collaborations { vestigingscode offeringId organisationName status }\n      bySchool { vestigingscode partners collaborations { status } }\n      byPartner { organisationId organisationName schools collaborations { vestigingscode } }\n    }\n  }": typeof types.CoalitionsDocument,
    "\n  query PreviewReach($i: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $i) {\n      schools municipalities municipalityCodes provinces schoolsInOverlap\n      drawnAreaKm2 shareOfSchools warnings\n    }\n  }": typeof types.PreviewReachDocument,
    "\n  mutation UpdateProfile($o: ID!, $i: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $o, input: $i) {\n      id name type description website email phone address city\n      location { lat lng }\n      lastConfirmedAt isStale\n    }\n  }": typeof types.UpdateProfileDocument,
    "\n  query SearchNames($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { organisation { name } } }\n  }": typeof types.SearchNamesDocument,
    "\n  mutation ClearOfferingFields($id: ID!, $i: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $i) {\n      groep { min max }\n      cost { type amountEur note }\n      evidence { source }\n      capacityPerYear languages\n    }\n  }": typeof types.ClearOfferingFieldsDocument,
    "\n  query StaleFlags($a: ID!, $b: ID!) {\n    a: offering(id: $a) { isStale organisation { isStale } }\n    b: offering(id: $b) { isStale }\n  }": typeof types.StaleFlagsDocument,
    "\n  query StaleMatches($i: MatchPartnersInput!) {\n    matchPartners(input: $i) { matches { offeringId isStale offering { isStale } } }\n  }": typeof types.StaleMatchesDocument,
    "\n  query StaleHits($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { offeringId isStale } }\n  }": typeof types.StaleHitsDocument,
    "query StaleList { staleOfferings { id lastConfirmedAt organisation { name } } }": typeof types.StaleListDocument,
    "query StaleIds { staleOfferings { id } }": typeof types.StaleIdsDocument,
    "mutation ConfirmOne($id: ID!) { confirmOffering(offeringId: $id) { isStale lastConfirmedAt } }": typeof types.ConfirmOneDocument,
    "mutation ConfirmAll($o: ID!) { confirmOrganisation(organisationId: $o) { isStale } }": typeof types.ConfirmAllDocument,
    "query Editable($o: ID!) { editableOfferings(organisationId: $o) { id status } }": typeof types.EditableDocument,
    "query PublicOfferings($o: ID!) { organisation(id: $o) { offerings { id } } }": typeof types.PublicOfferingsDocument,
    "\n  query ReplicaPickSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 20) {\n      nodes { vestigingscode schoolType }\n    }\n  }": typeof types.ReplicaPickSchoolDocument,
    "\n  query ReplicaMatch($code: String!) {\n    matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {\n      matches { offering { id title } }\n    }\n  }": typeof types.ReplicaMatchDocument,
    "\n  query ReplicaSearch($text: String!) {\n    searchOfferings(input: { text: $text }) { total hits { offering { id } } }\n  }": typeof types.ReplicaSearchDocument,
    "\n  mutation ReplicaReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.ReplicaResetDocument,
    "\n  mutation ReplicaRename($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }": typeof types.ReplicaRenameDocument,
    "mutation Request($input: RequestContactInput!) { requestContact(input: $input) { id } }": typeof types.RequestDocument,
};
const documents: Documents = {
    "\n  mutation CreateAccount($i: CreateAccountInput!) {\n    createAccount(input: $i) {\n      id email role organisationId organisationName schoolCodes municipalityCodes createdAt\n    }\n  }": types.CreateAccountDocument,
    "\n  query ListAccounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      email role organisationName schoolCodes municipalityCodes\n    }\n  }": types.ListAccountsDocument,
    "\n  mutation Register($i: RegisterPartnerInput!) {\n    registerPartner(input: $i) { message validHours }\n  }": types.RegisterDocument,
    "\n  mutation Confirm($t: String!) {\n    confirmRegistration(token: $t) { role organisationId csrfToken }\n  }": types.ConfirmDocument,
    "mutation OwnCoverage($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }": types.OwnCoverageDocument,
    "mutation CreateOwnOffering($i: CreateOfferingInput!) { createOffering(input: $i) { id } }": types.CreateOwnOfferingDocument,
    "mutation Verify($o: ID!) { verifyOrganisation(organisationId: $o) { status verifiedAt } }": types.VerifyDocument,
    "mutation WrongLogin { login(email: \"info@leerkracht.nl\", password: \"fout-wachtwoord-123\") { role } }": types.WrongLoginDocument,
    "mutation Reset($t: String!) { resetPassword(token: $t, password: \"nieuw wachtwoord 2026\") }": types.ResetDocument,
    "mutation ResetAgain($t: String!) { resetPassword(token: $t, password: \"nog een wachtwoord\") }": types.ResetAgainDocument,
    "query Me { me { email } }": types.MeDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "\n  query GeocodePlaces($q: String!) {\n    geocode(query: $q) {\n      geocoderAvailable\n      places { label kind location { lat lng } municipalityCode postcode }\n    }\n  }": types.GeocodePlacesDocument,
    "\n  query Match($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      school { vestigingscode }\n      totalMatches\n      matches {\n        offeringId score full distanceKm needsMet\n        matchedArea { kind }\n        reasons { code text params }\n        offering { title }\n        organisation { name }\n      }\n      bundle { offeringIds needsCovered offerings { title } }\n      uncoveredNeeds uncoveredText\n    }\n  }": types.MatchDocument,
    "\n  query PickSchools($m: String, $s: SchoolSector) {\n    schools(municipalityCode: $m, sector: $s, first: 50) { nodes { vestigingscode schoolType } }\n  }": types.PickSchoolsDocument,
    "\n  mutation SetCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) { id }\n  }": types.SetCoverageDocument,
    "mutation PauseOffering($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { status } }": types.PauseOfferingDocument,
    "\n  mutation RenameOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }": types.RenameOfferingDocument,
    "\n  query LocateSchool($c: String!) {\n    matchPartners(input: { vestigingscode: $c, needs: [] }) { location { lat lng } }\n  }": types.LocateSchoolDocument,
    "\n  query SortedMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId full distanceKm\n        offering { lastConfirmedAt languages }\n      }\n    }\n  }": types.SortedMatchDocument,
    "\n  query PickSortSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 1) { nodes { vestigingscode } }\n  }": types.PickSortSchoolDocument,
    "\n  mutation SetLanguages($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { languages }\n  }": types.SetLanguagesDocument,
    "\n  query Coverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality { code name hasBoundary }\n      sector interventionTypes\n      schools {\n        vestigingscode name sector schoolType typesApplicable typesCovered typesCoveredLocally\n        cells { interventionType offerings verified local status }\n      }\n      totals { interventionType gapSchools onlyNationalSchools localSchools notApplicableSchools }\n    }\n  }": types.CoverageDocument,
    "\n  query CoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }": types.CoverageCsvDocument,
    "\n  query CoverageMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      totalMatches\n      matches { offeringId matchedArea { kind } scoreParts { verified } }\n    }\n  }": types.CoverageMatchDocument,
    "\n  query CellIds($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) { offeringId }\n  }": types.CellIdsDocument,
    "\n  query CellList($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) {\n      offeringId needsMet\n      matchedArea { kind }\n    }\n  }": types.CellListDocument,
    "\n  mutation SetStatus($id: ID!, $s: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $s) { id }\n  }": types.SetStatusDocument,
    "\n  query NationalSummary {\n    coverageSummary(level: NATIONAL) {\n      interventionTypes\n      municipalities {\n        municipalityCode schools\n        shares { interventionType schoolsApplicable schoolsWithLocal share }\n      }\n    }\n  }": types.NationalSummaryDocument,
    "\n  query ProvinceSummary {\n    coverageSummary(level: PROVINCE, provinceCode: \"pv27\") {\n      provinceCode\n      municipalities { provinceCode }\n    }\n  }": types.ProvinceSummaryDocument,
    "\n  query SchiedamCell($v: String!) {\n    coverageCell(code: \"GM0606\", vestigingscode: $v, interventionType: MENTORING) { offeringId }\n  }": types.SchiedamCellDocument,
    "\n  query SummaryLevel($l: CoverageSummaryLevel!, $p: String) {\n    coverageSummary(level: $l, provinceCode: $p) { level }\n  }": types.SummaryLevelDocument,
    "\n  query Coalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      collaborations { vestigingscode offeringId organisationName status }\n      bySchool { vestigingscode partners collaborations { status } }\n      byPartner { organisationId organisationName schools collaborations { vestigingscode } }\n    }\n  }": types.CoalitionsDocument,
    "\n  query PreviewReach($i: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $i) {\n      schools municipalities municipalityCodes provinces schoolsInOverlap\n      drawnAreaKm2 shareOfSchools warnings\n    }\n  }": types.PreviewReachDocument,
    "\n  mutation UpdateProfile($o: ID!, $i: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $o, input: $i) {\n      id name type description website email phone address city\n      location { lat lng }\n      lastConfirmedAt isStale\n    }\n  }": types.UpdateProfileDocument,
    "\n  query SearchNames($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { organisation { name } } }\n  }": types.SearchNamesDocument,
    "\n  mutation ClearOfferingFields($id: ID!, $i: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $i) {\n      groep { min max }\n      cost { type amountEur note }\n      evidence { source }\n      capacityPerYear languages\n    }\n  }": types.ClearOfferingFieldsDocument,
    "\n  query StaleFlags($a: ID!, $b: ID!) {\n    a: offering(id: $a) { isStale organisation { isStale } }\n    b: offering(id: $b) { isStale }\n  }": types.StaleFlagsDocument,
    "\n  query StaleMatches($i: MatchPartnersInput!) {\n    matchPartners(input: $i) { matches { offeringId isStale offering { isStale } } }\n  }": types.StaleMatchesDocument,
    "\n  query StaleHits($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { offeringId isStale } }\n  }": types.StaleHitsDocument,
    "query StaleList { staleOfferings { id lastConfirmedAt organisation { name } } }": types.StaleListDocument,
    "query StaleIds { staleOfferings { id } }": types.StaleIdsDocument,
    "mutation ConfirmOne($id: ID!) { confirmOffering(offeringId: $id) { isStale lastConfirmedAt } }": types.ConfirmOneDocument,
    "mutation ConfirmAll($o: ID!) { confirmOrganisation(organisationId: $o) { isStale } }": types.ConfirmAllDocument,
    "query Editable($o: ID!) { editableOfferings(organisationId: $o) { id status } }": types.EditableDocument,
    "query PublicOfferings($o: ID!) { organisation(id: $o) { offerings { id } } }": types.PublicOfferingsDocument,
    "\n  query ReplicaPickSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 20) {\n      nodes { vestigingscode schoolType }\n    }\n  }": types.ReplicaPickSchoolDocument,
    "\n  query ReplicaMatch($code: String!) {\n    matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {\n      matches { offering { id title } }\n    }\n  }": types.ReplicaMatchDocument,
    "\n  query ReplicaSearch($text: String!) {\n    searchOfferings(input: { text: $text }) { total hits { offering { id } } }\n  }": types.ReplicaSearchDocument,
    "\n  mutation ReplicaReset($email: String!) { requestPasswordReset(email: $email) }": types.ReplicaResetDocument,
    "\n  mutation ReplicaRename($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }": types.ReplicaRenameDocument,
    "mutation Request($input: RequestContactInput!) { requestContact(input: $input) { id } }": types.RequestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($i: CreateAccountInput!) {\n    createAccount(input: $i) {\n      id email role organisationId organisationName schoolCodes municipalityCodes createdAt\n    }\n  }"): (typeof documents)["\n  mutation CreateAccount($i: CreateAccountInput!) {\n    createAccount(input: $i) {\n      id email role organisationId organisationName schoolCodes municipalityCodes createdAt\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAccounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      email role organisationName schoolCodes municipalityCodes\n    }\n  }"): (typeof documents)["\n  query ListAccounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      email role organisationName schoolCodes municipalityCodes\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($i: RegisterPartnerInput!) {\n    registerPartner(input: $i) { message validHours }\n  }"): (typeof documents)["\n  mutation Register($i: RegisterPartnerInput!) {\n    registerPartner(input: $i) { message validHours }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Confirm($t: String!) {\n    confirmRegistration(token: $t) { role organisationId csrfToken }\n  }"): (typeof documents)["\n  mutation Confirm($t: String!) {\n    confirmRegistration(token: $t) { role organisationId csrfToken }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCoverage($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }"): (typeof documents)["mutation OwnCoverage($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOwnOffering($i: CreateOfferingInput!) { createOffering(input: $i) { id } }"): (typeof documents)["mutation CreateOwnOffering($i: CreateOfferingInput!) { createOffering(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Verify($o: ID!) { verifyOrganisation(organisationId: $o) { status verifiedAt } }"): (typeof documents)["mutation Verify($o: ID!) { verifyOrganisation(organisationId: $o) { status verifiedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WrongLogin { login(email: \"info@leerkracht.nl\", password: \"fout-wachtwoord-123\") { role } }"): (typeof documents)["mutation WrongLogin { login(email: \"info@leerkracht.nl\", password: \"fout-wachtwoord-123\") { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($t: String!) { resetPassword(token: $t, password: \"nieuw wachtwoord 2026\") }"): (typeof documents)["mutation Reset($t: String!) { resetPassword(token: $t, password: \"nieuw wachtwoord 2026\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetAgain($t: String!) { resetPassword(token: $t, password: \"nog een wachtwoord\") }"): (typeof documents)["mutation ResetAgain($t: String!) { resetPassword(token: $t, password: \"nog een wachtwoord\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { email } }"): (typeof documents)["query Me { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): (typeof documents)["mutation Logout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GeocodePlaces($q: String!) {\n    geocode(query: $q) {\n      geocoderAvailable\n      places { label kind location { lat lng } municipalityCode postcode }\n    }\n  }"): (typeof documents)["\n  query GeocodePlaces($q: String!) {\n    geocode(query: $q) {\n      geocoderAvailable\n      places { label kind location { lat lng } municipalityCode postcode }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Match($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      school { vestigingscode }\n      totalMatches\n      matches {\n        offeringId score full distanceKm needsMet\n        matchedArea { kind }\n        reasons { code text params }\n        offering { title }\n        organisation { name }\n      }\n      bundle { offeringIds needsCovered offerings { title } }\n      uncoveredNeeds uncoveredText\n    }\n  }"): (typeof documents)["\n  query Match($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      school { vestigingscode }\n      totalMatches\n      matches {\n        offeringId score full distanceKm needsMet\n        matchedArea { kind }\n        reasons { code text params }\n        offering { title }\n        organisation { name }\n      }\n      bundle { offeringIds needsCovered offerings { title } }\n      uncoveredNeeds uncoveredText\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSchools($m: String, $s: SchoolSector) {\n    schools(municipalityCode: $m, sector: $s, first: 50) { nodes { vestigingscode schoolType } }\n  }"): (typeof documents)["\n  query PickSchools($m: String, $s: SchoolSector) {\n    schools(municipalityCode: $m, sector: $s, first: 50) { nodes { vestigingscode schoolType } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) { id }\n  }"): (typeof documents)["\n  mutation SetCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) { id }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseOffering($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { status } }"): (typeof documents)["mutation PauseOffering($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }"): (typeof documents)["\n  mutation RenameOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocateSchool($c: String!) {\n    matchPartners(input: { vestigingscode: $c, needs: [] }) { location { lat lng } }\n  }"): (typeof documents)["\n  query LocateSchool($c: String!) {\n    matchPartners(input: { vestigingscode: $c, needs: [] }) { location { lat lng } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SortedMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId full distanceKm\n        offering { lastConfirmedAt languages }\n      }\n    }\n  }"): (typeof documents)["\n  query SortedMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId full distanceKm\n        offering { lastConfirmedAt languages }\n      }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSortSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 1) { nodes { vestigingscode } }\n  }"): (typeof documents)["\n  query PickSortSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 1) { nodes { vestigingscode } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLanguages($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { languages }\n  }"): (typeof documents)["\n  mutation SetLanguages($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { languages }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality { code name hasBoundary }\n      sector interventionTypes\n      schools {\n        vestigingscode name sector schoolType typesApplicable typesCovered typesCoveredLocally\n        cells { interventionType offerings verified local status }\n      }\n      totals { interventionType gapSchools onlyNationalSchools localSchools notApplicableSchools }\n    }\n  }"): (typeof documents)["\n  query Coverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality { code name hasBoundary }\n      sector interventionTypes\n      schools {\n        vestigingscode name sector schoolType typesApplicable typesCovered typesCoveredLocally\n        cells { interventionType offerings verified local status }\n      }\n      totals { interventionType gapSchools onlyNationalSchools localSchools notApplicableSchools }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }"): (typeof documents)["\n  query CoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      totalMatches\n      matches { offeringId matchedArea { kind } scoreParts { verified } }\n    }\n  }"): (typeof documents)["\n  query CoverageMatch($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      totalMatches\n      matches { offeringId matchedArea { kind } scoreParts { verified } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CellIds($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) { offeringId }\n  }"): (typeof documents)["\n  query CellIds($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) { offeringId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CellList($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) {\n      offeringId needsMet\n      matchedArea { kind }\n    }\n  }"): (typeof documents)["\n  query CellList($c: String!, $v: String!, $i: InterventionCode!) {\n    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) {\n      offeringId needsMet\n      matchedArea { kind }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatus($id: ID!, $s: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $s) { id }\n  }"): (typeof documents)["\n  mutation SetStatus($id: ID!, $s: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $s) { id }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalSummary {\n    coverageSummary(level: NATIONAL) {\n      interventionTypes\n      municipalities {\n        municipalityCode schools\n        shares { interventionType schoolsApplicable schoolsWithLocal share }\n      }\n    }\n  }"): (typeof documents)["\n  query NationalSummary {\n    coverageSummary(level: NATIONAL) {\n      interventionTypes\n      municipalities {\n        municipalityCode schools\n        shares { interventionType schoolsApplicable schoolsWithLocal share }\n      }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceSummary {\n    coverageSummary(level: PROVINCE, provinceCode: \"pv27\") {\n      provinceCode\n      municipalities { provinceCode }\n    }\n  }"): (typeof documents)["\n  query ProvinceSummary {\n    coverageSummary(level: PROVINCE, provinceCode: \"pv27\") {\n      provinceCode\n      municipalities { provinceCode }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchiedamCell($v: String!) {\n    coverageCell(code: \"GM0606\", vestigingscode: $v, interventionType: MENTORING) { offeringId }\n  }"): (typeof documents)["\n  query SchiedamCell($v: String!) {\n    coverageCell(code: \"GM0606\", vestigingscode: $v, interventionType: MENTORING) { offeringId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryLevel($l: CoverageSummaryLevel!, $p: String) {\n    coverageSummary(level: $l, provinceCode: $p) { level }\n  }"): (typeof documents)["\n  query SummaryLevel($l: CoverageSummaryLevel!, $p: String) {\n    coverageSummary(level: $l, provinceCode: $p) { level }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      collaborations { vestigingscode offeringId organisationName status }\n      bySchool { vestigingscode partners collaborations { status } }\n      byPartner { organisationId organisationName schools collaborations { vestigingscode } }\n    }\n  }"): (typeof documents)["\n  query Coalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      collaborations { vestigingscode offeringId organisationName status }\n      bySchool { vestigingscode partners collaborations { status } }\n      byPartner { organisationId organisationName schools collaborations { vestigingscode } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewReach($i: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $i) {\n      schools municipalities municipalityCodes provinces schoolsInOverlap\n      drawnAreaKm2 shareOfSchools warnings\n    }\n  }"): (typeof documents)["\n  query PreviewReach($i: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $i) {\n      schools municipalities municipalityCodes provinces schoolsInOverlap\n      drawnAreaKm2 shareOfSchools warnings\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($o: ID!, $i: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $o, input: $i) {\n      id name type description website email phone address city\n      location { lat lng }\n      lastConfirmedAt isStale\n    }\n  }"): (typeof documents)["\n  mutation UpdateProfile($o: ID!, $i: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $o, input: $i) {\n      id name type description website email phone address city\n      location { lat lng }\n      lastConfirmedAt isStale\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNames($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { organisation { name } } }\n  }"): (typeof documents)["\n  query SearchNames($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { organisation { name } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearOfferingFields($id: ID!, $i: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $i) {\n      groep { min max }\n      cost { type amountEur note }\n      evidence { source }\n      capacityPerYear languages\n    }\n  }"): (typeof documents)["\n  mutation ClearOfferingFields($id: ID!, $i: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $i) {\n      groep { min max }\n      cost { type amountEur note }\n      evidence { source }\n      capacityPerYear languages\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleFlags($a: ID!, $b: ID!) {\n    a: offering(id: $a) { isStale organisation { isStale } }\n    b: offering(id: $b) { isStale }\n  }"): (typeof documents)["\n  query StaleFlags($a: ID!, $b: ID!) {\n    a: offering(id: $a) { isStale organisation { isStale } }\n    b: offering(id: $b) { isStale }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleMatches($i: MatchPartnersInput!) {\n    matchPartners(input: $i) { matches { offeringId isStale offering { isStale } } }\n  }"): (typeof documents)["\n  query StaleMatches($i: MatchPartnersInput!) {\n    matchPartners(input: $i) { matches { offeringId isStale offering { isStale } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleHits($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { offeringId isStale } }\n  }"): (typeof documents)["\n  query StaleHits($i: SearchOfferingsInput!) {\n    searchOfferings(input: $i) { hits { offeringId isStale } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaleList { staleOfferings { id lastConfirmedAt organisation { name } } }"): (typeof documents)["query StaleList { staleOfferings { id lastConfirmedAt organisation { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaleIds { staleOfferings { id } }"): (typeof documents)["query StaleIds { staleOfferings { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmOne($id: ID!) { confirmOffering(offeringId: $id) { isStale lastConfirmedAt } }"): (typeof documents)["mutation ConfirmOne($id: ID!) { confirmOffering(offeringId: $id) { isStale lastConfirmedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAll($o: ID!) { confirmOrganisation(organisationId: $o) { isStale } }"): (typeof documents)["mutation ConfirmAll($o: ID!) { confirmOrganisation(organisationId: $o) { isStale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Editable($o: ID!) { editableOfferings(organisationId: $o) { id status } }"): (typeof documents)["query Editable($o: ID!) { editableOfferings(organisationId: $o) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicOfferings($o: ID!) { organisation(id: $o) { offerings { id } } }"): (typeof documents)["query PublicOfferings($o: ID!) { organisation(id: $o) { offerings { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaPickSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 20) {\n      nodes { vestigingscode schoolType }\n    }\n  }"): (typeof documents)["\n  query ReplicaPickSchool {\n    schools(municipalityCode: \"GM0606\", sector: PO, first: 20) {\n      nodes { vestigingscode schoolType }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaMatch($code: String!) {\n    matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {\n      matches { offering { id title } }\n    }\n  }"): (typeof documents)["\n  query ReplicaMatch($code: String!) {\n    matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {\n      matches { offering { id title } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaSearch($text: String!) {\n    searchOfferings(input: { text: $text }) { total hits { offering { id } } }\n  }"): (typeof documents)["\n  query ReplicaSearch($text: String!) {\n    searchOfferings(input: { text: $text }) { total hits { offering { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaReset($email: String!) { requestPasswordReset(email: $email) }"): (typeof documents)["\n  mutation ReplicaReset($email: String!) { requestPasswordReset(email: $email) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaRename($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }"): (typeof documents)["\n  mutation ReplicaRename($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) { title }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Request($input: RequestContactInput!) { requestContact(input: $input) { id } }"): (typeof documents)["mutation Request($input: RequestContactInput!) { requestContact(input: $input) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;