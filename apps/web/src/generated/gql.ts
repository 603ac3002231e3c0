/* eslint-disable */
import * as types from './graphql';
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
    "\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n": typeof types.MailStatusDocument,
    "\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      website\n      updatedAt\n    }\n  }\n": typeof types.PendingOrganisationsDocument,
    "\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.RejectOrganisationDocument,
    "\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n": typeof types.SetSchoolIndicatorDocument,
    "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ConfirmRegistrationDocument,
    "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n": typeof types.OwnOrganisationDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n": typeof types.RegisterPartnerDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n": typeof types.FinderChosenSchoolDocument,
    "\n  fragment FinderSchool on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.FinderSchoolFragmentDoc,
    "\n  fragment FinderOffering on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n    coverage {\n      id\n      kind\n      municipalityCode\n      provinceCode\n      center {\n        lat\n        lng\n      }\n      radiusKm\n      geometry\n    }\n  }\n": typeof types.FinderOfferingFragmentDoc,
    "\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n": typeof types.FinderOrganisationFragmentDoc,
    "\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n": typeof types.FinderSchoolsDocument,
    "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n": typeof types.FinderMatchPartnersDocument,
    "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n": typeof types.FinderOfferingDetailDocument,
    "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n  }\n": typeof types.ContactRequestFieldsFragmentDoc,
    "\n  query ContactRequestInbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId) {\n      ...ContactRequestFields\n    }\n  }\n": typeof types.ContactRequestInboxDocument,
    "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n  ) {\n    setContactRequestStatus(contactRequestId: $contactRequestId, status: $status, reason: $reason) {\n      ...ContactRequestFields\n    }\n  }\n": typeof types.SetContactRequestStatusDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n": typeof types.CoverageComparisonDocument,
    "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityCoalitionsDocument,
    "\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityCoverageXlsxDocument,
    "\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n": typeof types.MunicipalityCoalitionsCsvDocument,
    "\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n": typeof types.MunicipalityCoalitionsXlsxDocument,
    "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $interventionType) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          id\n          kind\n          municipalityCode\n          provinceCode\n          regionName\n          center {\n            lat\n            lng\n          }\n          radiusKm\n          geometry\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOfferingAreasDocument,
    "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionTypes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n": typeof types.MunicipalityCoverageDocument,
    "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityCoverageCsvDocument,
    "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoverageCellDocument,
    "\n  query MunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 200) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MunicipalitySearchDocument,
    "\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalConfirmOfferingDocument,
    "\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": typeof types.PortalConfirmOrganisationDocument,
    "\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalCreateOfferingDocument,
    "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n": typeof types.PortalOrganisationFragmentDoc,
    "\n  fragment PortalCoverageArea on CoverageArea {\n    id\n    kind\n    municipalityCode\n    provinceCode\n    regionName\n    center {\n      lat\n      lng\n    }\n    radiusKm\n    geometry\n    note\n  }\n": typeof types.PortalCoverageAreaFragmentDoc,
    "\n  fragment PortalOffering on Offering {\n    id\n    organisationId\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    status\n    lastConfirmedAt\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n": typeof types.PortalOfferingFragmentDoc,
    "\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalOrganisationDocument,
    "\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": typeof types.PortalOrganisationsDocument,
    "\n  query PortalMunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 20) {\n      nodes {\n        code\n        name\n        provinceCode\n      }\n    }\n  }\n": typeof types.PortalMunicipalitySearchDocument,
    "\n  query PortalProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.PortalProvincesDocument,
    "\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalSetOfferingCoverageDocument,
    "\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalSetOfferingStatusDocument,
    "\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": typeof types.StaleOfferingsDocument,
    "\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalUpdateOfferingDocument,
    "\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n": typeof types.PortalUpdateOrganisationDocument,
    "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n  }\n": typeof types.SchoolContactRequestsDocument,
    "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n": typeof types.SchoolNeedsProfileForEditingDocument,
    "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n": typeof types.SetSchoolNeedsProfileDocument,
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      status\n      createdAt\n    }\n  }\n": typeof types.RequestContactDocument,
    "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n": typeof types.FinderInterventionTypesDocument,
    "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n": typeof types.SchoolPointsDocument,
    "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolYear\n      published\n      items {\n        interventionCode\n        priority\n        weight\n        groups\n      }\n    }\n  }\n": typeof types.SchoolNeedsDefaultsDocument,
    "\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": typeof types.FinderMunicipalityBoundaryDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": typeof types.MunicipalityNameDocument,
    "\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": typeof types.FinderProvinceBoundaryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    role\n    organisationId\n    schoolCodes\n    municipalityCodes\n    csrfToken\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n": types.MailStatusDocument,
    "\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      website\n      updatedAt\n    }\n  }\n": types.PendingOrganisationsDocument,
    "\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n": types.RejectOrganisationDocument,
    "\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n": types.SetSchoolIndicatorDocument,
    "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.ConfirmRegistrationDocument,
    "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n": types.OwnOrganisationDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n": types.RegisterPartnerDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n": types.FinderChosenSchoolDocument,
    "\n  fragment FinderSchool on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": types.FinderSchoolFragmentDoc,
    "\n  fragment FinderOffering on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n    coverage {\n      id\n      kind\n      municipalityCode\n      provinceCode\n      center {\n        lat\n        lng\n      }\n      radiusKm\n      geometry\n    }\n  }\n": types.FinderOfferingFragmentDoc,
    "\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n": types.FinderOrganisationFragmentDoc,
    "\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n": types.FinderSchoolsDocument,
    "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n": types.FinderMatchPartnersDocument,
    "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n": types.FinderOfferingDetailDocument,
    "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n  }\n": types.ContactRequestFieldsFragmentDoc,
    "\n  query ContactRequestInbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId) {\n      ...ContactRequestFields\n    }\n  }\n": types.ContactRequestInboxDocument,
    "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n  ) {\n    setContactRequestStatus(contactRequestId: $contactRequestId, status: $status, reason: $reason) {\n      ...ContactRequestFields\n    }\n  }\n": types.SetContactRequestStatusDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SchoolsDocument,
    "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n": types.CoverageComparisonDocument,
    "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n": types.MunicipalityCoalitionsDocument,
    "\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n": types.MunicipalityCoverageXlsxDocument,
    "\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n": types.MunicipalityCoalitionsCsvDocument,
    "\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n": types.MunicipalityCoalitionsXlsxDocument,
    "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $interventionType) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          id\n          kind\n          municipalityCode\n          provinceCode\n          regionName\n          center {\n            lat\n            lng\n          }\n          radiusKm\n          geometry\n        }\n      }\n    }\n  }\n": types.MunicipalityOfferingAreasDocument,
    "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionTypes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n": types.MunicipalityCoverageDocument,
    "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n": types.MunicipalityCoverageCsvDocument,
    "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CoverageCellDocument,
    "\n  query MunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 200) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.MunicipalitySearchDocument,
    "\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n": types.PortalConfirmOfferingDocument,
    "\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": types.PortalConfirmOrganisationDocument,
    "\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalCreateOfferingDocument,
    "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n": types.PortalOrganisationFragmentDoc,
    "\n  fragment PortalCoverageArea on CoverageArea {\n    id\n    kind\n    municipalityCode\n    provinceCode\n    regionName\n    center {\n      lat\n      lng\n    }\n    radiusKm\n    geometry\n    note\n  }\n": types.PortalCoverageAreaFragmentDoc,
    "\n  fragment PortalOffering on Offering {\n    id\n    organisationId\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    status\n    lastConfirmedAt\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n": types.PortalOfferingFragmentDoc,
    "\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n": types.PortalOrganisationDocument,
    "\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": types.PortalOrganisationsDocument,
    "\n  query PortalMunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 20) {\n      nodes {\n        code\n        name\n        provinceCode\n      }\n    }\n  }\n": types.PortalMunicipalitySearchDocument,
    "\n  query PortalProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.PortalProvincesDocument,
    "\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalSetOfferingCoverageDocument,
    "\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n": types.PortalSetOfferingStatusDocument,
    "\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": types.StaleOfferingsDocument,
    "\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalUpdateOfferingDocument,
    "\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n": types.PortalUpdateOrganisationDocument,
    "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n  }\n": types.SchoolContactRequestsDocument,
    "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n": types.SchoolNeedsProfileForEditingDocument,
    "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n": types.SetSchoolNeedsProfileDocument,
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": types.AppInfoDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      status\n      createdAt\n    }\n  }\n": types.RequestContactDocument,
    "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n": types.FinderInterventionTypesDocument,
    "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n": types.SchoolPointsDocument,
    "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolYear\n      published\n      items {\n        interventionCode\n        priority\n        weight\n        groups\n      }\n    }\n  }\n": types.SchoolNeedsDefaultsDocument,
    "\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": types.FinderMunicipalityBoundaryDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": types.MunicipalityNameDocument,
    "\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": types.FinderProvinceBoundaryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    role\n    organisationId\n    schoolCodes\n    municipalityCodes\n    csrfToken\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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
export function graphql(source: "\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      website\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      website\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n"): (typeof documents)["\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      status\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n"): (typeof documents)["\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinderSchool on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FinderSchool on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinderOffering on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n    coverage {\n      id\n      kind\n      municipalityCode\n      provinceCode\n      center {\n        lat\n        lng\n      }\n      radiusKm\n      geometry\n    }\n  }\n"): (typeof documents)["\n  fragment FinderOffering on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n    coverage {\n      id\n      kind\n      municipalityCode\n      provinceCode\n      center {\n        lat\n        lng\n      }\n      radiusKm\n      geometry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n"): (typeof documents)["\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n"): (typeof documents)["\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRequestInbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId) {\n      ...ContactRequestFields\n    }\n  }\n"): (typeof documents)["\n  query ContactRequestInbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId) {\n      ...ContactRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n  ) {\n    setContactRequestStatus(contactRequestId: $contactRequestId, status: $status, reason: $reason) {\n      ...ContactRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n  ) {\n    setContactRequestStatus(contactRequestId: $contactRequestId, status: $status, reason: $reason) {\n      ...ContactRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n"): (typeof documents)["\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n"): (typeof documents)["\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n"): (typeof documents)["\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $interventionType) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          id\n          kind\n          municipalityCode\n          provinceCode\n          regionName\n          center {\n            lat\n            lng\n          }\n          radiusKm\n          geometry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $interventionType) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          id\n          kind\n          municipalityCode\n          provinceCode\n          regionName\n          center {\n            lat\n            lng\n          }\n          radiusKm\n          geometry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionTypes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionTypes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n"): (typeof documents)["\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 200) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 200) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n"): (typeof documents)["\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n"): (typeof documents)["\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalCoverageArea on CoverageArea {\n    id\n    kind\n    municipalityCode\n    provinceCode\n    regionName\n    center {\n      lat\n      lng\n    }\n    radiusKm\n    geometry\n    note\n  }\n"): (typeof documents)["\n  fragment PortalCoverageArea on CoverageArea {\n    id\n    kind\n    municipalityCode\n    provinceCode\n    regionName\n    center {\n      lat\n      lng\n    }\n    radiusKm\n    geometry\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOffering on Offering {\n    id\n    organisationId\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    status\n    lastConfirmedAt\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n"): (typeof documents)["\n  fragment PortalOffering on Offering {\n    id\n    organisationId\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    status\n    lastConfirmedAt\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 20) {\n      nodes {\n        code\n        name\n        provinceCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalMunicipalitySearch($search: String) {\n    municipalities(search: $search, first: 20) {\n      nodes {\n        code\n        name\n        provinceCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortalProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n"): (typeof documents)["\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n"): (typeof documents)["\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n  }\n"): (typeof documents)["\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      vestigingscode\n      schoolYear\n      visibleToPartners\n      updatedAt\n      items {\n        interventionCode\n        priority\n        groups\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n"): (typeof documents)["\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolYear\n      published\n      items {\n        interventionCode\n        priority\n        weight\n        groups\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolYear\n      published\n      items {\n        interventionCode\n        priority\n        weight\n        groups\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n"): (typeof documents)["\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n"): (typeof documents)["\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    role\n    organisationId\n    schoolCodes\n    municipalityCodes\n    csrfToken\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    role\n    organisationId\n    schoolCodes\n    municipalityCodes\n    csrfToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;