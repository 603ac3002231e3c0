/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CostType =
  | 'FREE'
  | 'PAID'
  | 'SUBSIDISED';

/** Eén werkgebied; welke velden nodig zijn hangt af van kind */
export type CoverageAreaInput = {
  /** Bij POLYGON: naam van het gebied, bijv. de naam van het geüploade bestand */
  areaLabel?: string | null | undefined;
  /** Bij RADIUS: middelpunt */
  center?: GeoPointInput | null | undefined;
  /** Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost"; leeg: de vestiging van de partner of een gekozen punt */
  centerLabel?: string | null | undefined;
  /** Bij POLYGON: GeoJSON Polygon of MultiPolygon */
  geometry?: unknown;
  kind: CoverageKind;
  /** Bij MUNICIPALITY: GMxxxx */
  municipalityCode?: string | null | undefined;
  note?: string | null | undefined;
  /** Bij PROVINCE: PVxx */
  provinceCode?: string | null | undefined;
  /** Bij RADIUS: straal in km (0,1–400) */
  radiusKm?: number | null | undefined;
};

export type CoverageKind =
  | 'MUNICIPALITY'
  | 'NATIONAL'
  | 'POLYGON'
  | 'PROVINCE'
  | 'RADIUS';

/** GAP: geen aanbod dat de school bereikt en past; ONLY_NATIONAL: alleen landelijk aanbod; LOCAL: minstens één lokaal aanbod; NOT_APPLICABLE: deze interventiesoort geldt niet voor de sector van de school (n.v.t., nooit een gat) */
export type CoverageStatus =
  | 'GAP'
  | 'LOCAL'
  | 'NOT_APPLICABLE'
  | 'ONLY_NATIONAL';

export type CoverageSummaryLevel =
  | 'NATIONAL'
  | 'PROVINCE';

export type CoverageWarning =
  | 'OVERLAPPING'
  | 'REACHES_NOTHING'
  | 'VERY_LARGE';

export type CreateAccountInput = {
  email: string;
  municipalityCodes?: Array<string> | null | undefined;
  organisationId?: string | number | null | undefined;
  role: Role;
  schoolCodes?: Array<string> | null | undefined;
};

export type CreateOfferingInput = {
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  capacityPerYear?: number | null | undefined;
  costAmountEur?: number | null | undefined;
  costNote?: string | null | undefined;
  costType?: CostType | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  evidenceLevel?: EvidenceLevel | null | undefined;
  evidenceRegister?: EvidenceRegister | null | undefined;
  evidenceSource?: string | null | undefined;
  /** Financieringsroutes uit de catalogus */
  fundingRouteCodes?: Array<FundingRouteCode> | null | undefined;
  fundingRoutes?: Array<string> | null | undefined;
  groepMax?: number | null | undefined;
  groepMin?: number | null | undefined;
  interventionCodes?: Array<InterventionCode> | null | undefined;
  languages?: Array<string> | null | undefined;
  organisationId: string | number;
  sectors?: Array<Sector> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title?: string | null | undefined;
};

export type DeliveryMode =
  | 'AFTER_SCHOOL'
  | 'AT_PARTNER'
  | 'DURING_SCHOOL'
  | 'ONLINE';

/** Erkenningsniveau zoals de NJi Databank Effectieve Jeugdinterventies het noemt (met register NJI); anders de opgave van de partner */
export type EvidenceLevel =
  /** Effectief volgens eerste aanwijzingen */
  | 'INDICATIONS_OF_EFFECT'
  /** Niet beoordeeld */
  | 'NOT_ASSESSED'
  /** Effectief volgens goede aanwijzingen */
  | 'PROVEN_EFFECTIVE'
  /** Effectief volgens sterke aanwijzingen */
  | 'STRONG_EVIDENCE'
  /** Goed onderbouwd */
  | 'THEORETICALLY_SOUND';

export type EvidenceRegister =
  /** NJi Databank Effectieve Jeugdinterventies: erkent dit programma */
  | 'NJI'
  /** Geen register */
  | 'NONE'
  /** NPO-menukaart: beoordeelt de soort interventie (maanden vooruitgang, sterkte van bewijs), niet dit aanbod; geen keurmerk voor het aanbod */
  | 'NPO_MENUKAART'
  /** Een andere bron */
  | 'OTHER';

/** Financieringsroute (catalogus in libs/domain/src/collaborations/funding-routes.ts) */
export type FundingRouteCode =
  | 'EIGEN_BIJDRAGE'
  | 'FONDS'
  | 'GEMEENTELIJKE_SUBSIDIE'
  | 'NPO'
  | 'OAB_GEMEENTE'
  | 'OAB_SCHOOL'
  | 'SAMENWERKINGSVERBAND';

export type GeoPointInput = {
  lat: number;
  lng: number;
};

/** Code uit de interventietaxonomie */
export type InterventionCode =
  | 'ARMOEDE_BASIS'
  | 'BELEVINGSWERELD'
  | 'EXTRA_LEERTIJD'
  | 'MENTORING'
  | 'OUDERBETROKKENHEID'
  | 'OVERGANGEN'
  | 'PROFESSIONALISERING'
  | 'SOCIAAL_EMOTIONEEL'
  | 'TAAL_LEZEN'
  | 'VVE_KANSRIJKE_START'
  | 'ZORG_IN_SCHOOL';

export type MatchFiltersInput = {
  /** Bijvoorbeeld alleen FREE */
  costTypes?: Array<CostType> | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  /** Alleen aanbod dat een van deze financieringsroutes noemt */
  fundingRoutes?: Array<FundingRouteCode> | null | undefined;
  /** Aanbod zonder plaats dit schooljaar weglaten */
  hideFull?: boolean | null | undefined;
  /** Alleen aanbod in een van deze talen (ISO-taalcodes, bijv. nl, tr) */
  languages?: Array<string> | null | undefined;
  /** Hoogste prijs in euro */
  maxCostEur?: number | null | undefined;
  /** Hoogste afstand tot de partner in km */
  maxDistanceKm?: number | null | undefined;
  /** Alleen geverifieerde partners */
  verifiedOnly?: boolean | null | undefined;
};

/** Een punt plus de gemeente, als er geen vestigingscode is */
export type MatchLocationInput = {
  lat: number;
  lng: number;
  /** CBS-code (GMxxxx); leeg = de gemeente van de dichtstbijzijnde actieve school (bijv. voor de locatie van de browser) */
  municipalityCode?: string | null | undefined;
  /** BAO, SBO, SO, VSO, SO/VSO of VO */
  schoolType?: string | null | undefined;
};

export type MatchPartnersInput = {
  filters?: MatchFiltersInput | null | undefined;
  /** Hoogste groep (1–8) */
  groepMax?: number | null | undefined;
  /** Laagste groep (1–8) */
  groepMin?: number | null | undefined;
  /** Aantal resultaten (1–100) */
  limit?: number;
  location?: MatchLocationInput | null | undefined;
  needs?: Array<NeedInput>;
  /** Aantal matches overslaan, om verder te bladeren (0–900) */
  offset?: number;
  /** Volgorde van matches */
  sort?: MatchSort;
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** DUO-vestigingscode van de school */
  vestigingscode?: string | null | undefined;
};

/** RELEVANCE (best passend), DISTANCE (dichtstbijzijnde partner eerst) of RECENTLY_CONFIRMED (laatst bevestigd eerst) */
export type MatchSort =
  | 'DISTANCE'
  | 'RECENTLY_CONFIRMED'
  | 'RELEVANCE';

export type NeedInput = {
  code: InterventionCode;
  /** Gewicht (0,1–10); standaard 1 */
  weight?: number;
};

export type OfferingFieldsInput = {
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  capacityPerYear?: number | null | undefined;
  costAmountEur?: number | null | undefined;
  costNote?: string | null | undefined;
  costType?: CostType | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  evidenceLevel?: EvidenceLevel | null | undefined;
  evidenceRegister?: EvidenceRegister | null | undefined;
  evidenceSource?: string | null | undefined;
  /** Financieringsroutes uit de catalogus */
  fundingRouteCodes?: Array<FundingRouteCode> | null | undefined;
  fundingRoutes?: Array<string> | null | undefined;
  groepMax?: number | null | undefined;
  groepMin?: number | null | undefined;
  interventionCodes?: Array<InterventionCode> | null | undefined;
  languages?: Array<string> | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title?: string | null | undefined;
};

export type OfferingStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'PAUSED';

export type OrganisationProfileInput = {
  /** Straat en huisnummer, postcode */
  address?: string | null | undefined;
  city?: string | null | undefined;
  description?: string | null | undefined;
  /** Contact-e-mailadres */
  email?: string | null | undefined;
  /** Vestigingsplaats (moet in Nederland liggen); null wist hem */
  location?: GeoPointInput | null | undefined;
  name?: string | null | undefined;
  /** Contacttelefoon */
  phone?: string | null | undefined;
  type?: OrganisationType | null | undefined;
  /** http(s)-adres; zonder schema wordt https:// */
  website?: string | null | undefined;
};

export type OrganisationStatus =
  | 'DRAFT'
  | 'PENDING'
  | 'SUSPENDED'
  | 'VERIFIED';

export type OrganisationType =
  | 'CHILDCARE'
  | 'COMPANY'
  | 'CULTURE'
  | 'FOUNDATION'
  | 'LIBRARY'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'SAMENWERKINGSVERBAND'
  | 'SPORT'
  | 'TUTORING'
  | 'YOUTH_CARE';

/** Soort plaats; MUNICIPALITY_CENTRE = middelpunt van de gemeente (zonder geocoder) */
export type PlaceKind =
  | 'ADDRESS'
  | 'MUNICIPALITY'
  | 'MUNICIPALITY_CENTRE'
  | 'OTHER'
  | 'POSTCODE'
  | 'STREET'
  | 'TOWN';

export type RegisterPartnerInput = {
  city?: string | null | undefined;
  email: string;
  /** KvK-nummer: 8 cijfers */
  kvkNumber: string;
  /** Naam van de organisatie */
  organisationName: string;
  password: string;
  /** Telefoonnummer van de organisatie (contact) */
  phone?: string | null | undefined;
};

export type RequestContactInput = {
  /** Bericht aan de partner (hoogstens 2000 tekens); geen leerlinggegevens */
  message: string;
  offeringId: string | number;
  /** E-mailadres waarop de partner kan antwoorden */
  senderEmail: string;
  /** Naam van de afzender (hoogstens 120 tekens) */
  senderName: string;
  /** DUO-vestigingscode van de school die contact zoekt */
  vestigingscode: string;
};

/** SCHOOL_STAFF (gekoppelde scholen), PARTNER_EDITOR (één organisatie), MUNICIPALITY_OFFICER (gemeenten), ADMIN */
export type Role =
  | 'ADMIN'
  | 'MUNICIPALITY_OFFICER'
  | 'PARTNER_EDITOR'
  | 'SCHOOL_STAFF';

/** Sector van een schoolvestiging (DUO) */
export type SchoolSector =
  | 'PO'
  | 'SO'
  | 'VO';

export type SearchFiltersInput = {
  costTypes?: Array<CostType> | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  /** Alleen aanbod dat een van deze financieringsroutes noemt */
  fundingRoutes?: Array<FundingRouteCode> | null | undefined;
  interventionCodes?: Array<InterventionCode> | null | undefined;
  /** @deprecated Vervangen door interventionCodes (replaced by interventionCodes) */
  interventionTypes?: Array<InterventionCode> | null | undefined;
  /** Alleen aanbod in een van deze talen (ISO 639-codes, bv. nl, tr) */
  languages?: Array<string> | null | undefined;
  organisationTypes?: Array<OrganisationType> | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  verifiedOnly?: boolean | null | undefined;
};

export type SearchOfferingsInput = {
  filters?: SearchFiltersInput | null | undefined;
  limit?: number;
  /** Punt voor sorteren op afstand (zonder school) */
  near?: GeoPointInput | null | undefined;
  offset?: number;
  sort?: SearchSort;
  /** Zoektekst, bv. "bijles rekenen groep 8" */
  text?: string;
  /** Alleen aanbod dat deze school bereikt */
  vestigingscode?: string | null | undefined;
};

/** RELEVANCE, DISTANCE (afstand) of UPDATED (recent bijgewerkt) */
export type SearchSort =
  | 'DISTANCE'
  | 'RELEVANCE'
  | 'UPDATED';

/** Onderwijssector of doelgroepsector */
export type Sector =
  | 'PO'
  | 'SBO'
  | 'SO'
  | 'VO'
  | 'VSO'
  | 'VVE';

export type SetOfferingCoverageInput = {
  areas: Array<CoverageAreaInput>;
  offeringId: string | number;
};

export type TargetGroup =
  | 'PARENTS'
  | 'PUPILS'
  | 'SCHOOL_LEADERS'
  | 'TEACHERS';

export type CreateAccountMutationVariables = Exact<{
  i: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { id: string, email: string, role: Role, organisationId: string | null, organisationName: string | null, schoolCodes: Array<string>, municipalityCodes: Array<string>, createdAt: string } };

export type ListAccountsQueryVariables = Exact<{
  role?: Role | null | undefined;
  search?: string | null | undefined;
}>;


export type ListAccountsQuery = { accounts: Array<{ email: string, role: Role, organisationName: string | null, schoolCodes: Array<string>, municipalityCodes: Array<string> }> };

export type RegisterMutationVariables = Exact<{
  i: RegisterPartnerInput;
}>;


export type RegisterMutation = { registerPartner: { message: string, validHours: number } };

export type ConfirmMutationVariables = Exact<{
  t: string;
}>;


export type ConfirmMutation = { confirmRegistration: { role: Role, organisationId: string | null, csrfToken: string | null } };

export type OwnCoverageMutationVariables = Exact<{
  i: SetOfferingCoverageInput;
}>;


export type OwnCoverageMutation = { setOfferingCoverage: { id: string } };

export type CreateOwnOfferingMutationVariables = Exact<{
  i: CreateOfferingInput;
}>;


export type CreateOwnOfferingMutation = { createOffering: { id: string } };

export type VerifyMutationVariables = Exact<{
  o: string | number;
}>;


export type VerifyMutation = { verifyOrganisation: { status: OrganisationStatus, verifiedAt: string | null } };

export type WrongLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type WrongLoginMutation = { login: { role: Role } };

export type ResetMutationVariables = Exact<{
  t: string;
}>;


export type ResetMutation = { resetPassword: boolean };

export type ResetAgainMutationVariables = Exact<{
  t: string;
}>;


export type ResetAgainMutation = { resetPassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type GeocodePlacesQueryVariables = Exact<{
  q: string;
}>;


export type GeocodePlacesQuery = { geocode: { geocoderAvailable: boolean, places: Array<{ label: string, kind: PlaceKind, municipalityCode: string | null, postcode: string | null, location: { lat: number, lng: number } }> } };

export type MatchQueryVariables = Exact<{
  input: MatchPartnersInput;
}>;


export type MatchQuery = { matchPartners: { totalMatches: number, uncoveredNeeds: Array<InterventionCode>, uncoveredText: string | null, school: { vestigingscode: string } | null, matches: Array<{ offeringId: string, score: number, full: boolean, distanceKm: number | null, needsMet: Array<InterventionCode>, matchedArea: { kind: CoverageKind }, reasons: Array<{ code: string, text: string, params: unknown }>, offering: { title: string }, organisation: { name: string } }>, bundle: { offeringIds: Array<string>, needsCovered: Array<InterventionCode>, offerings: Array<{ title: string }> } } };

export type PickSchoolsQueryVariables = Exact<{
  m?: string | null | undefined;
  s?: SchoolSector | null | undefined;
}>;


export type PickSchoolsQuery = { schools: { nodes: Array<{ vestigingscode: string, schoolType: string }> } };

export type SetCoverageMutationVariables = Exact<{
  input: SetOfferingCoverageInput;
}>;


export type SetCoverageMutation = { setOfferingCoverage: { id: string } };

export type PauseOfferingMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseOfferingMutation = { setOfferingStatus: { status: OfferingStatus } };

export type RenameOfferingMutationVariables = Exact<{
  id: string | number;
  input: OfferingFieldsInput;
}>;


export type RenameOfferingMutation = { updateOffering: { title: string } };

export type LocateSchoolQueryVariables = Exact<{
  c: string;
}>;


export type LocateSchoolQuery = { matchPartners: { location: { lat: number, lng: number } } };

export type SortedMatchQueryVariables = Exact<{
  input: MatchPartnersInput;
}>;


export type SortedMatchQuery = { matchPartners: { municipalityCode: string, totalMatches: number, languages: Array<string>, matches: Array<{ offeringId: string, full: boolean, distanceKm: number | null, offering: { lastConfirmedAt: string | null, languages: Array<string> } }> } };

export type PickSortSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type PickSortSchoolQuery = { schools: { nodes: Array<{ vestigingscode: string }> } };

export type SetLanguagesMutationVariables = Exact<{
  id: string | number;
  input: OfferingFieldsInput;
}>;


export type SetLanguagesMutation = { updateOffering: { languages: Array<string> } };

export type CoverageQueryVariables = Exact<{
  code: string;
  sector?: SchoolSector | null | undefined;
}>;


export type CoverageQuery = { municipalityCoverage: { sector: SchoolSector | null, interventionTypes: Array<InterventionCode>, municipality: { code: string, name: string, hasBoundary: boolean }, schools: Array<{ vestigingscode: string, name: string, sector: SchoolSector, schoolType: string, typesApplicable: number, typesCovered: number, typesCoveredLocally: number, cells: Array<{ interventionType: InterventionCode, offerings: number, verified: number, local: number, status: CoverageStatus }> }>, totals: Array<{ interventionType: InterventionCode, gapSchools: number, onlyNationalSchools: number, localSchools: number, notApplicableSchools: number }> } };

export type CoverageCsvQueryVariables = Exact<{
  code: string;
  sector?: SchoolSector | null | undefined;
}>;


export type CoverageCsvQuery = { municipalityCoverageCsv: string };

export type CoverageMatchQueryVariables = Exact<{
  input: MatchPartnersInput;
}>;


export type CoverageMatchQuery = { matchPartners: { totalMatches: number, matches: Array<{ offeringId: string, matchedArea: { kind: CoverageKind }, scoreParts: { verified: number } }> } };

export type CellIdsQueryVariables = Exact<{
  c: string;
  v: string;
  i: InterventionCode;
}>;


export type CellIdsQuery = { coverageCell: Array<{ offeringId: string }> };

export type CellListQueryVariables = Exact<{
  c: string;
  v: string;
  i: InterventionCode;
}>;


export type CellListQuery = { coverageCell: Array<{ offeringId: string, needsMet: Array<InterventionCode>, matchedArea: { kind: CoverageKind } }> };

export type SetStatusMutationVariables = Exact<{
  id: string | number;
  s: OfferingStatus;
}>;


export type SetStatusMutation = { setOfferingStatus: { id: string } };

export type NationalSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalSummaryQuery = { coverageSummary: { interventionTypes: Array<InterventionCode>, municipalities: Array<{ municipalityCode: string, schools: number, shares: Array<{ interventionType: InterventionCode, schoolsApplicable: number, schoolsWithLocal: number, share: number | null }> }> } };

export type ProvinceSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceSummaryQuery = { coverageSummary: { provinceCode: string | null, municipalities: Array<{ provinceCode: string }> } };

export type SchiedamCellQueryVariables = Exact<{
  v: string;
}>;


export type SchiedamCellQuery = { coverageCell: Array<{ offeringId: string }> };

export type SummaryLevelQueryVariables = Exact<{
  l: CoverageSummaryLevel;
  p?: string | null | undefined;
}>;


export type SummaryLevelQuery = { coverageSummary: { level: CoverageSummaryLevel } };

export type CoalitionsQueryVariables = Exact<{
  code: string;
}>;


export type CoalitionsQuery = { municipalityCoalitions: { municipalityCode: string, collaborations: Array<{ vestigingscode: string, offeringId: string, organisationName: string, status: string }>, bySchool: Array<{ vestigingscode: string, partners: number, collaborations: Array<{ status: string }> }>, byPartner: Array<{ organisationId: string, organisationName: string, schools: number, collaborations: Array<{ vestigingscode: string }> }> } };

export type PreviewReachQueryVariables = Exact<{
  i: SetOfferingCoverageInput;
}>;


export type PreviewReachQuery = { previewOfferingCoverage: { schools: number, municipalities: number, municipalityCodes: Array<string>, provinces: number, schoolsInOverlap: number, drawnAreaKm2: number, shareOfSchools: number, warnings: Array<CoverageWarning> } };

export type UpdateProfileMutationVariables = Exact<{
  o: string | number;
  i: OrganisationProfileInput;
}>;


export type UpdateProfileMutation = { updateOrganisation: { id: string, name: string, type: OrganisationType, description: string, website: string | null, email: string | null, phone: string | null, address: string | null, city: string, lastConfirmedAt: string | null, isStale: boolean, location: { lat: number, lng: number } | null } };

export type SearchNamesQueryVariables = Exact<{
  i: SearchOfferingsInput;
}>;


export type SearchNamesQuery = { searchOfferings: { hits: Array<{ organisation: { name: string } }> } };

export type ClearOfferingFieldsMutationVariables = Exact<{
  id: string | number;
  i: OfferingFieldsInput;
}>;


export type ClearOfferingFieldsMutation = { updateOffering: { capacityPerYear: number | null, languages: Array<string>, groep: { min: number | null, max: number | null }, cost: { type: CostType, amountEur: number | null, note: string | null }, evidence: { source: string | null } } };

export type StaleFlagsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type StaleFlagsQuery = { a: { isStale: boolean, organisation: { isStale: boolean } }, b: { isStale: boolean } };

export type StaleMatchesQueryVariables = Exact<{
  i: MatchPartnersInput;
}>;


export type StaleMatchesQuery = { matchPartners: { matches: Array<{ offeringId: string, isStale: boolean, offering: { isStale: boolean } }> } };

export type StaleHitsQueryVariables = Exact<{
  i: SearchOfferingsInput;
}>;


export type StaleHitsQuery = { searchOfferings: { hits: Array<{ offeringId: string, isStale: boolean }> } };

export type StaleListQueryVariables = Exact<{ [key: string]: never; }>;


export type StaleListQuery = { staleOfferings: Array<{ id: string, lastConfirmedAt: string | null, organisation: { name: string } }> };

export type StaleIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaleIdsQuery = { staleOfferings: Array<{ id: string }> };

export type ConfirmOneMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmOneMutation = { confirmOffering: { isStale: boolean, lastConfirmedAt: string | null } };

export type ConfirmAllMutationVariables = Exact<{
  o: string | number;
}>;


export type ConfirmAllMutation = { confirmOrganisation: { isStale: boolean } };

export type EditableQueryVariables = Exact<{
  o: string | number;
}>;


export type EditableQuery = { editableOfferings: Array<{ id: string, status: OfferingStatus }> };

export type PublicOfferingsQueryVariables = Exact<{
  o: string | number;
}>;


export type PublicOfferingsQuery = { organisation: { offerings: Array<{ id: string }> } };

export type ReplicaPickSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaPickSchoolQuery = { schools: { nodes: Array<{ vestigingscode: string, schoolType: string }> } };

export type ReplicaMatchQueryVariables = Exact<{
  code: string;
}>;


export type ReplicaMatchQuery = { matchPartners: { matches: Array<{ offering: { id: string, title: string } }> } };

export type ReplicaSearchQueryVariables = Exact<{
  text: string;
}>;


export type ReplicaSearchQuery = { searchOfferings: { total: number, hits: Array<{ offering: { id: string } }> } };

export type ReplicaResetMutationVariables = Exact<{
  email: string;
}>;


export type ReplicaResetMutation = { requestPasswordReset: boolean };

export type ReplicaRenameMutationVariables = Exact<{
  id: string | number;
  input: OfferingFieldsInput;
}>;


export type ReplicaRenameMutation = { updateOffering: { title: string } };

export type RequestMutationVariables = Exact<{
  input: RequestContactInput;
}>;


export type RequestMutation = { requestContact: { id: string } };


export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCodes"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const ListAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCodes"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCodes"}}]}}]}}]} as unknown as DocumentNode<ListAccountsQuery, ListAccountsQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"validHours"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const ConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}}]}}]}}]} as unknown as DocumentNode<ConfirmMutation, ConfirmMutationVariables>;
export const OwnCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OwnCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfferingCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfferingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OwnCoverageMutation, OwnCoverageMutationVariables>;
export const CreateOwnOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOwnOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOwnOfferingMutation, CreateOwnOfferingMutationVariables>;
export const VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyMutation, VerifyMutationVariables>;
export const WrongLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WrongLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"info@leerkracht.nl","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"fout-wachtwoord-123","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<WrongLoginMutation, WrongLoginMutationVariables>;
export const ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"nieuw wachtwoord 2026","block":false}}]}]}}]} as unknown as DocumentNode<ResetMutation, ResetMutationVariables>;
export const ResetAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"nog een wachtwoord","block":false}}]}]}}]} as unknown as DocumentNode<ResetAgainMutation, ResetAgainMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const GeocodePlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeocodePlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geocode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geocoderAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]}}]} as unknown as DocumentNode<GeocodePlacesQuery, GeocodePlacesQueryVariables>;
export const MatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Match"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalMatches"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"needsMet"}},{"kind":"Field","name":{"kind":"Name","value":"matchedArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringIds"}},{"kind":"Field","name":{"kind":"Name","value":"needsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredText"}}]}}]}}]} as unknown as DocumentNode<MatchQuery, MatchQueryVariables>;
export const PickSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}}]}}]}}]}}]} as unknown as DocumentNode<PickSchoolsQuery, PickSchoolsQueryVariables>;
export const SetCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfferingCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfferingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetCoverageMutation, SetCoverageMutationVariables>;
export const PauseOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfferingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PAUSED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PauseOfferingMutation, PauseOfferingMutationVariables>;
export const RenameOfferingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOffering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameOfferingMutation, RenameOfferingMutationVariables>;
export const LocateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"needs"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]} as unknown as DocumentNode<LocateSchoolQuery, LocateSchoolQueryVariables>;
export const SortedMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SortedMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalMatches"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SortedMatchQuery, SortedMatchQueryVariables>;
export const PickSortSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickSortSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"StringValue","value":"GM0606","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"PO"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}}]}}]}}]}}]} as unknown as DocumentNode<PickSortSchoolQuery, PickSortSchoolQueryVariables>;
export const SetLanguagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLanguages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<SetLanguagesMutation, SetLanguagesMutationVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasBoundary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"interventionTypes"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"typesApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"typesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"typesCoveredLocally"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionType"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionType"}},{"kind":"Field","name":{"kind":"Name","value":"gapSchools"}},{"kind":"Field","name":{"kind":"Name","value":"onlyNationalSchools"}},{"kind":"Field","name":{"kind":"Name","value":"localSchools"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicableSchools"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const CoverageCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCoverageCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}]}]}}]} as unknown as DocumentNode<CoverageCsvQuery, CoverageCsvQueryVariables>;
export const CoverageMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalMatches"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageMatchQuery, CoverageMatchQueryVariables>;
export const CellIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CellIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageCell"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"interventionType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}}]}}]}}]} as unknown as DocumentNode<CellIdsQuery, CellIdsQueryVariables>;
export const CellListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CellList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageCell"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"interventionType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"needsMet"}},{"kind":"Field","name":{"kind":"Name","value":"matchedArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CellListQuery, CellListQueryVariables>;
export const SetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfferingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetStatusMutation, SetStatusMutationVariables>;
export const NationalSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"NATIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionTypes"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionType"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithLocal"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalSummaryQuery, NationalSummaryQueryVariables>;
export const ProvinceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"pv27","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceSummaryQuery, ProvinceSummaryQueryVariables>;
export const SchiedamCellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchiedamCell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageCell"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"GM0606","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"interventionType"},"value":{"kind":"EnumValue","value":"MENTORING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}}]}}]}}]} as unknown as DocumentNode<SchiedamCellQuery, SchiedamCellQueryVariables>;
export const SummaryLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummaryLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageSummaryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SummaryLevelQuery, SummaryLevelQueryVariables>;
export const CoalitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coalitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCoalitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoalitionsQuery, CoalitionsQueryVariables>;
export const PreviewReachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfferingCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewOfferingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCodes"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsInOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAreaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfSchools"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<PreviewReachQuery, PreviewReachQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SearchNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOfferingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchNamesQuery, SearchNamesQueryVariables>;
export const ClearOfferingFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearOfferingFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amountEur"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<ClearOfferingFieldsMutation, ClearOfferingFieldsMutationVariables>;
export const StaleFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"offering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]} as unknown as DocumentNode<StaleFlagsQuery, StaleFlagsQueryVariables>;
export const StaleMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaleMatchesQuery, StaleMatchesQueryVariables>;
export const StaleHitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleHits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOfferingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeringId"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]}}]} as unknown as DocumentNode<StaleHitsQuery, StaleHitsQueryVariables>;
export const StaleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaleListQuery, StaleListQueryVariables>;
export const StaleIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaleIdsQuery, StaleIdsQueryVariables>;
export const ConfirmOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmOneMutation, ConfirmOneMutationVariables>;
export const ConfirmAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]} as unknown as DocumentNode<ConfirmAllMutation, ConfirmAllMutationVariables>;
export const EditableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Editable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editableOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditableQuery, EditableQueryVariables>;
export const PublicOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublicOfferingsQuery, PublicOfferingsQueryVariables>;
export const ReplicaPickSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaPickSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"StringValue","value":"GM0606","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"EnumValue","value":"PO"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaPickSchoolQuery, ReplicaPickSchoolQueryVariables>;
export const ReplicaMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"needs"},"value":{"kind":"ListValue","values":[]}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaMatchQuery, ReplicaMatchQueryVariables>;
export const ReplicaSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaSearchQuery, ReplicaSearchQueryVariables>;
export const ReplicaResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ReplicaResetMutation, ReplicaResetMutationVariables>;
export const ReplicaRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offeringId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ReplicaRenameMutation, ReplicaRenameMutationVariables>;
export const RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestMutation, RequestMutationVariables>;