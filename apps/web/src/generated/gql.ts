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
    "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n": typeof types.FinderChosenSchoolDocument,
    "\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n": typeof types.MailStatusDocument,
    "\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      accountEmails\n      website\n      updatedAt\n    }\n  }\n": typeof types.PendingOrganisationsDocument,
    "\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.RejectOrganisationDocument,
    "\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n": typeof types.SetSchoolIndicatorDocument,
    "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      ...OrganisationVerification\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ConfirmRegistrationDocument,
    "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationVerification\n    }\n  }\n": typeof types.OwnOrganisationDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n": typeof types.RegisterPartnerDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment CollaborationFields on CollaborationRecord {\n    ...CollaborationSummary\n    schoolYears\n    goals\n    schoolBoard\n    municipalityCode\n    canEdit\n    createdBy\n    createdAt\n    interventionCodes\n    funding {\n      routeCode\n      fundName\n      amountEur\n      validFrom\n      validUntil\n    }\n    fundingWarnings {\n      kind\n      routeCode\n      date\n      nl\n      en\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedBy\n      changedAt\n    }\n    monitoring {\n      schoolYear\n      pupilsReached\n      groupsReached\n      sessionsDelivered\n      hoursDelivered\n      goalAttainment\n      evaluationNote\n      evidenceUrl\n      updatedBy\n      updatedAt\n    }\n  }\n": typeof types.CollaborationFieldsFragmentDoc,
    "\n  fragment CollaborationFundingRoute on FundingRoute {\n    code\n    nl\n    en\n    needsName\n    ended\n  }\n": typeof types.CollaborationFundingRouteFragmentDoc,
    "\n  query MyCollaborations {\n    collaborations {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n": typeof types.MyCollaborationsDocument,
    "\n  query CollaborationRecord($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n": typeof types.CollaborationRecordDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": typeof types.CreateCollaborationDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": typeof types.UpdateCollaborationDocument,
    "\n  mutation SetCollaborationStatus($id: ID!, $status: CollaborationStatus!, $note: String) {\n    setCollaborationStatus(collaborationId: $id, status: $status, note: $note) {\n      ...CollaborationFields\n    }\n  }\n": typeof types.SetCollaborationStatusDocument,
    "\n  mutation RecordCollaborationMonitoring($input: CollaborationMonitoringInput!) {\n    recordCollaborationMonitoring(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": typeof types.RecordCollaborationMonitoringDocument,
    "\n  fragment AcceptedRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    vestigingscode\n    schoolName\n    offeringTitle\n    offeringInterventionCodes\n    organisationId\n    organisationName\n  }\n": typeof types.AcceptedRequestFieldsFragmentDoc,
    "\n  query AcceptedRequestsForSchool(\n    $vestigingscode: String!\n    $statuses: [ContactRequestStatus!]!\n    $before: ID\n  ) {\n    schoolContactRequests(vestigingscode: $vestigingscode, statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode, statuses: $statuses)\n  }\n": typeof types.AcceptedRequestsForSchoolDocument,
    "\n  query AcceptedRequestsForPartner($statuses: [ContactRequestStatus!]!, $before: ID) {\n    contactRequestInbox(statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    contactRequestInboxTotal(statuses: $statuses)\n  }\n": typeof types.AcceptedRequestsForPartnerDocument,
    "\n  fragment LeaAgreementFields on LeaAgreement {\n    id\n    title\n    startsOn\n    endsOn\n    themes {\n      interventionCode\n      goal\n    }\n  }\n": typeof types.LeaAgreementFieldsFragmentDoc,
    "\n  query LeaAgreements($code: String!) {\n    leaAgreements(municipalityCode: $code) {\n      ...LeaAgreementFields\n    }\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": typeof types.LeaAgreementsDocument,
    "\n  mutation SaveLeaAgreement($input: LeaAgreementInput!) {\n    saveLeaAgreement(input: $input) {\n      ...LeaAgreementFields\n    }\n  }\n": typeof types.SaveLeaAgreementDocument,
    "\n  mutation DeleteLeaAgreement($id: ID!) {\n    deleteLeaAgreement(id: $id)\n  }\n": typeof types.DeleteLeaAgreementDocument,
    "\n  query LeaAgreementCoverage($id: ID!) {\n    leaAgreementCoverage(agreementId: $id) {\n      schools\n      agreement {\n        id\n        title\n      }\n      themes {\n        interventionCode\n        goal\n        covered {\n          vestigingscode\n          name\n          collaborations {\n            id\n            title\n          }\n        }\n        uncovered {\n          vestigingscode\n          name\n        }\n        notApplicable {\n          vestigingscode\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeaAgreementCoverageDocument,
    "\n  query MunicipalityMonitoring($code: String!, $year: String) {\n    municipalityMonitoring(municipalityCode: $code, schoolYear: $year) {\n      collaborations\n      themes {\n        interventionCode\n        collaborations\n        entries\n        pupilsReached\n        groupsReached\n        hoursDelivered\n        goalsMet\n        goalsPartlyMet\n        goalsNotMet\n      }\n    }\n  }\n": typeof types.MunicipalityMonitoringDocument,
    "\n  query MunicipalityMonitoringCsv($code: String!, $year: String) {\n    municipalityMonitoringCsv(municipalityCode: $code, schoolYear: $year)\n  }\n": typeof types.MunicipalityMonitoringCsvDocument,
    "\n  query ContactRequestByAnswerLink($token: String!) {\n    contactRequestByAnswerLink(token: $token) {\n      ...ContactRequestFields\n    }\n  }\n": typeof types.ContactRequestByAnswerLinkDocument,
    "\n  mutation AnswerContactRequestByLink(\n    $token: String!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    answerContactRequestByLink(\n      token: $token\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n": typeof types.AnswerContactRequestByLinkDocument,
    "\n  query ContactRequestStatusByLink($token: String!) {\n    contactRequestStatusByLink(token: $token) {\n      reference\n      status\n      statusReason\n      schoolName\n      offeringTitle\n      organisationName\n      createdAt\n      updatedAt\n      linkExpiresAt\n      collaboration {\n        title\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.ContactRequestStatusByLinkDocument,
    "\n  fragment FinderSchool on School {\n    ...SchoolSummary\n    location {\n      lat\n      lng\n    }\n  }\n": typeof types.FinderSchoolFragmentDoc,
    "\n  fragment FinderOffering on Offering {\n    ...OfferingFields\n  }\n": typeof types.FinderOfferingFragmentDoc,
    "\n  query FinderOfferingCoverage($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        ...CoverageAreaShape\n      }\n    }\n  }\n": typeof types.FinderOfferingCoverageDocument,
    "\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n": typeof types.FinderOrganisationFragmentDoc,
    "\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n": typeof types.FinderSchoolsDocument,
    "\n  query FinderFundingRoutes {\n    fundingRoutes {\n      code\n      nl\n      en\n      validUntil\n      oneOff\n      ended\n    }\n  }\n": typeof types.FinderFundingRoutesDocument,
    "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n": typeof types.FinderMatchPartnersDocument,
    "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n": typeof types.FinderOfferingDetailDocument,
    "\n  query ContactRequestInbox($organisationId: ID!, $statuses: [ContactRequestStatus!]) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId, statuses: $statuses) {\n      ...ContactRequestFields\n    }\n    contactRequestInboxTotal(organisationId: $organisationId, statuses: $statuses)\n  }\n": typeof types.ContactRequestInboxDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query MapPartner($id: ID!) {\n    organisation(id: $id) {\n      id\n      offerings {\n        id\n        title\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n        sectors\n        groep {\n          min\n          max\n        }\n        cost {\n          type\n          amountEur\n        }\n        coverage {\n          ...CoverageAreaShape\n        }\n      }\n    }\n  }\n": typeof types.MapPartnerDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      nodes {\n        ...SchoolSummary\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n": typeof types.CoverageComparisonDocument,
    "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      records {\n        ...CollaborationSummary\n      }\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityCoalitionsDocument,
    "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityCoverageCsvDocument,
    "\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityCoverageXlsxDocument,
    "\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n": typeof types.MunicipalityCoalitionsCsvDocument,
    "\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n": typeof types.MunicipalityCoalitionsXlsxDocument,
    "\n  query MunicipalityNeedsCsv($code: String!, $sector: SchoolSector) {\n    municipalityNeedsCsv(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityNeedsCsvDocument,
    "\n  query MunicipalityNeedsXlsx($code: String!, $sector: SchoolSector) {\n    municipalityNeedsXlsx(code: $code, sector: $sector)\n  }\n": typeof types.MunicipalityNeedsXlsxDocument,
    "\n  query ScenarioCsv($id: ID!) {\n    scenarioCsv(id: $id)\n  }\n": typeof types.ScenarioCsvDocument,
    "\n  query ScenariosXlsx($ids: [ID!]!) {\n    scenariosXlsx(ids: $ids)\n  }\n": typeof types.ScenariosXlsxDocument,
    "\n  query MunicipalityNeeds($code: String!, $sector: SchoolSector) {\n    municipalityNeeds(code: $code, sector: $sector) {\n      schoolYear\n      allProfiles\n      interventionCodes\n      need\n      met\n      unmet\n      share\n      schools {\n        vestigingscode\n        name\n        schoolType\n        location {\n          lat\n          lng\n        }\n        pupils\n        source\n        need\n        unmet\n        cells {\n          interventionType\n          status\n          need\n          unmet\n        }\n      }\n      themes {\n        interventionType\n        need\n        unmet\n        share\n        schoolsWithUnmet\n      }\n      comparison {\n        own {\n          label\n          share\n        }\n        province {\n          label\n          share\n        }\n        national {\n          label\n          share\n        }\n        similar {\n          label\n          share\n        }\n        similarMunicipalities {\n          code\n          name\n          share\n        }\n        similarRuleNl\n        similarRuleEn\n      }\n      formulaNl\n      formulaEn\n    }\n  }\n": typeof types.MunicipalityNeedsDocument,
    "\n  query MunicipalityNeedExplanation(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    municipalityNeedExplanation(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      need\n      unmet\n      status\n      steps {\n        code\n        textNl\n        textEn\n      }\n    }\n  }\n": typeof types.MunicipalityNeedExplanationDocument,
    "\n  query RunScenario($input: ScenarioInput!) {\n    runScenario(input: $input) {\n      mode\n      guarantee\n      modeTextNl\n      modeTextEn\n      value\n      unmetBefore\n      unmetAfter\n      shareBefore\n      shareAfter\n      spentEur\n      steps {\n        candidateIndex\n        label\n        interventionCodes\n        gain\n        cumulative\n        costEur\n        schoolsReached\n      }\n    }\n  }\n": typeof types.RunScenarioDocument,
    "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id)\n  }\n": typeof types.DeleteScenarioDocument,
    "\n  query MunicipalityScenarios($code: String!) {\n    municipalityScenarios(code: $code) {\n      id\n      name\n      budgetKind\n      budget\n      createdAt\n      result {\n        mode\n        value\n        shareBefore\n        shareAfter\n        spentEur\n        steps {\n          label\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityScenariosDocument,
    "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(\n      code: $code\n      sector: $sector\n      interventionType: $interventionType\n      limit: 40\n    ) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          ...CoverageAreaOutline\n          regionName\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOfferingAreasDocument,
    "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionCodes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n": typeof types.MunicipalityCoverageDocument,
    "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoverageCellDocument,
    "\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalConfirmOfferingDocument,
    "\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": typeof types.PortalConfirmOrganisationDocument,
    "\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalCreateOfferingDocument,
    "\n  query PortalOfferingDemand($offeringId: ID!, $first: Int) {\n    offeringDemand(offeringId: $offeringId, first: $first) {\n      offeringId\n      schoolYear\n      nearKm\n      schoolsInArea\n      schoolsNearby\n      schools {\n        vestigingscode\n        name\n        city\n        inArea\n        distanceKm\n        unmetNeed\n        needs {\n          interventionCode\n          need\n          unmet\n          met\n          source\n          priority\n        }\n      }\n    }\n  }\n": typeof types.PortalOfferingDemandDocument,
    "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    rejectionReason\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n": typeof types.PortalOrganisationFragmentDoc,
    "\n  fragment PortalCoverageArea on CoverageArea {\n    ...CoverageAreaShape\n    regionName\n    centerLabel\n    areaLabel\n    note\n  }\n": typeof types.PortalCoverageAreaFragmentDoc,
    "\n  fragment PortalOffering on Offering {\n    ...OfferingFields\n    organisationId\n    fundingRouteCodes\n    status\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n": typeof types.PortalOfferingFragmentDoc,
    "\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalOrganisationDocument,
    "\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": typeof types.PortalOrganisationsDocument,
    "\n  query PreviewOfferingCoverage($input: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $input) {\n      schools\n      municipalities\n      municipalityCodes\n      provinces\n      schoolsInOverlap\n      drawnAreaKm2\n      shareOfSchools\n      warnings\n    }\n  }\n": typeof types.PreviewOfferingCoverageDocument,
    "\n  mutation PortalResubmitOrganisation($id: ID!) {\n    resubmitOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": typeof types.PortalResubmitOrganisationDocument,
    "\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalSetOfferingCoverageDocument,
    "\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalSetOfferingStatusDocument,
    "\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": typeof types.StaleOfferingsDocument,
    "\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n": typeof types.PortalUpdateOfferingDocument,
    "\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n": typeof types.PortalUpdateOrganisationDocument,
    "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode)\n  }\n": typeof types.SchoolContactRequestsDocument,
    "\n  fragment SchoolNeedsProfileFields on SchoolNeedsProfile {\n    vestigingscode\n    schoolYear\n    visibleToPartners\n    updatedAt\n    items {\n      interventionCode\n      priority\n      groups\n      note\n    }\n  }\n": typeof types.SchoolNeedsProfileFieldsFragmentDoc,
    "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n": typeof types.SchoolNeedsProfileForEditingDocument,
    "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n": typeof types.SetSchoolNeedsProfileDocument,
    "\n  query SchoolPage($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...SchoolSummary\n      pupils\n      website\n      isDemo\n      indicators {\n        schoolweging {\n          ...SchoolPageIndicator\n        }\n        achterstandsscore {\n          ...SchoolPageIndicator\n        }\n      }\n    }\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n\n  fragment SchoolPageIndicator on SchoolIndicator {\n    kind\n    period\n    isAverage\n    value\n    spread\n    valueWithoutThreshold\n    pupils\n    unreliable\n    joinMethod\n    sourcePublisher\n    sourceFile\n  }\n": typeof types.SchoolPageDocument,
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  fragment CollaborationSummary on CollaborationRecord {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    contactRequestId\n    contactRequestReference\n    schools {\n      vestigingscode\n      name\n    }\n    partners {\n      organisationId\n      name\n    }\n  }\n": typeof types.CollaborationSummaryFragmentDoc,
    "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n    readAt\n  }\n": typeof types.ContactRequestFieldsFragmentDoc,
    "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    setContactRequestStatus(\n      contactRequestId: $contactRequestId\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n": typeof types.SetContactRequestStatusDocument,
    "\n  query ContactRequestUnreadCount {\n    contactRequestUnreadCount\n  }\n": typeof types.ContactRequestUnreadCountDocument,
    "\n  mutation MarkContactRequestRead($contactRequestId: ID!) {\n    markContactRequestRead(contactRequestId: $contactRequestId) {\n      ...ContactRequestFields\n    }\n  }\n": typeof types.MarkContactRequestReadDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      reference\n      status\n      createdAt\n      partnerMailed\n      mailEnabled\n    }\n  }\n": typeof types.RequestContactDocument,
    "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n": typeof types.FinderInterventionTypesDocument,
    "\n  query OfferingPolygons($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        id\n        geometry\n      }\n    }\n  }\n": typeof types.OfferingPolygonsDocument,
    "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n": typeof types.SchoolPointsDocument,
    "\n  fragment SchoolNeedsDefaultsFields on SchoolNeedsDefaults {\n    vestigingscode\n    schoolYear\n    published\n    items {\n      interventionCode\n      priority\n      weight\n      groups\n    }\n  }\n": typeof types.SchoolNeedsDefaultsFieldsFragmentDoc,
    "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n": typeof types.SchoolNeedsDefaultsDocument,
    "\n  fragment OfferingFields on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n  }\n": typeof types.OfferingFieldsFragmentDoc,
    "\n  fragment CoverageAreaOutline on CoverageArea {\n    id\n    offeringId\n    kind\n    municipalityCode\n    provinceCode\n    center {\n      lat\n      lng\n    }\n    radiusKm\n  }\n": typeof types.CoverageAreaOutlineFragmentDoc,
    "\n  fragment CoverageAreaShape on CoverageArea {\n    ...CoverageAreaOutline\n    geometry\n  }\n": typeof types.CoverageAreaShapeFragmentDoc,
    "\n  fragment OrganisationVerification on Organisation {\n    id\n    name\n    status\n    verifiedAt\n  }\n": typeof types.OrganisationVerificationFragmentDoc,
    "\n  fragment PickerOrganisation on Organisation {\n    id\n    name\n    city\n  }\n": typeof types.PickerOrganisationFragmentDoc,
    "\n  fragment PickerSchool on School {\n    vestigingscode\n    name\n    city\n  }\n": typeof types.PickerSchoolFragmentDoc,
    "\n  query PickOrganisations($search: String!, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...PickerOrganisation\n      }\n    }\n  }\n": typeof types.PickOrganisationsDocument,
    "\n  query PickSchools($search: String!, $first: Int!) {\n    schools(search: $search, first: $first) {\n      nodes {\n        ...PickerSchool\n      }\n    }\n  }\n": typeof types.PickSchoolsDocument,
    "\n  query PickedOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      ...PickerOrganisation\n    }\n  }\n": typeof types.PickedOrganisationNameDocument,
    "\n  query PickedSchoolName($code: String!) {\n    school(vestigingscode: $code) {\n      ...PickerSchool\n    }\n  }\n": typeof types.PickedSchoolNameDocument,
    "\n  query Geocode($query: String!) {\n    geocode(query: $query) {\n      geocoderAvailable\n      places {\n        label\n        kind\n        location {\n          lat\n          lng\n        }\n        municipalityCode\n      }\n    }\n  }\n": typeof types.GeocodeDocument,
    "\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": typeof types.FinderMunicipalityBoundaryDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": typeof types.MunicipalityNameDocument,
    "\n  query MunicipalitySearch($search: String, $first: Int!) {\n    municipalities(search: $search, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MunicipalitySearchDocument,
    "\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": typeof types.FinderProvinceBoundaryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  fragment SavedSearchConfirmation on SavedSearch {\n    id\n    description\n    frequency\n  }\n": typeof types.SavedSearchConfirmationFragmentDoc,
    "\n  fragment UnsubscribeLinkState on SavedSearchUnsubscribeLink {\n    description\n    frequency\n    unsubscribed\n  }\n": typeof types.UnsubscribeLinkStateFragmentDoc,
    "\n  query MySavedSearches {\n    mySavedSearches {\n      id\n      kind\n      vestigingscode\n      schoolName\n      municipalityCode\n      municipalityName\n      needs\n      groepMin\n      groepMax\n      targetGroups\n      filters {\n        deliveryModes\n        costTypes\n        verifiedOnly\n        maxDistanceKm\n        maxCostEur\n        fundingRoutes\n        languages\n      }\n      frequency\n      description\n      nextDigestAt\n    }\n  }\n": typeof types.MySavedSearchesDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n": typeof types.SaveSearchDocument,
    "\n  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {\n    subscribeMunicipalityAlerts(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n": typeof types.SubscribeMunicipalityAlertsDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": typeof types.DeleteSavedSearchDocument,
    "\n  query SavedSearchByUnsubscribeLink($token: String!) {\n    savedSearchByUnsubscribeLink(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n": typeof types.SavedSearchByUnsubscribeLinkDocument,
    "\n  mutation UnsubscribeSavedSearch($token: String!) {\n    unsubscribeSavedSearch(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n": typeof types.UnsubscribeSavedSearchDocument,
    "\n  fragment SchoolSummary on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.SchoolSummaryFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    role\n    organisationId\n    schoolCodes\n    municipalityCodes\n    csrfToken\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n": types.FinderChosenSchoolDocument,
    "\n  query Accounts($role: Role, $search: String) {\n    accounts(role: $role, search: $search) {\n      id\n      email\n      role\n      organisationId\n      organisationName\n      schoolCodes\n      municipalityCodes\n      createdAt\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query MailStatus {\n    mailStatus {\n      transport\n      description\n      pending\n      failed\n      lastError\n      lastSentAt\n      recentProblems {\n        id\n        recipient\n        subject\n        attempts\n        lastError\n        givenUp\n        createdAt\n      }\n    }\n  }\n": types.MailStatusDocument,
    "\n  query OrganisationOptions($search: String) {\n    organisations(search: $search, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      accountEmails\n      website\n      updatedAt\n    }\n  }\n": types.PendingOrganisationsDocument,
    "\n  mutation RejectOrganisation($organisationId: ID!, $reason: String!) {\n    rejectOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      name\n      status\n    }\n  }\n": types.RejectOrganisationDocument,
    "\n  mutation SetSchoolIndicator($input: SetSchoolIndicatorInput!) {\n    setSchoolIndicator(input: $input) {\n      vestigingscode\n      kind\n      period\n      value\n      joinMethod\n    }\n  }\n": types.SetSchoolIndicatorDocument,
    "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      ...OrganisationVerification\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.ConfirmRegistrationDocument,
    "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationVerification\n    }\n  }\n": types.OwnOrganisationDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      message\n      validHours\n    }\n  }\n": types.RegisterPartnerDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment CollaborationFields on CollaborationRecord {\n    ...CollaborationSummary\n    schoolYears\n    goals\n    schoolBoard\n    municipalityCode\n    canEdit\n    createdBy\n    createdAt\n    interventionCodes\n    funding {\n      routeCode\n      fundName\n      amountEur\n      validFrom\n      validUntil\n    }\n    fundingWarnings {\n      kind\n      routeCode\n      date\n      nl\n      en\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedBy\n      changedAt\n    }\n    monitoring {\n      schoolYear\n      pupilsReached\n      groupsReached\n      sessionsDelivered\n      hoursDelivered\n      goalAttainment\n      evaluationNote\n      evidenceUrl\n      updatedBy\n      updatedAt\n    }\n  }\n": types.CollaborationFieldsFragmentDoc,
    "\n  fragment CollaborationFundingRoute on FundingRoute {\n    code\n    nl\n    en\n    needsName\n    ended\n  }\n": types.CollaborationFundingRouteFragmentDoc,
    "\n  query MyCollaborations {\n    collaborations {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n": types.MyCollaborationsDocument,
    "\n  query CollaborationRecord($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n": types.CollaborationRecordDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": types.CreateCollaborationDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": types.UpdateCollaborationDocument,
    "\n  mutation SetCollaborationStatus($id: ID!, $status: CollaborationStatus!, $note: String) {\n    setCollaborationStatus(collaborationId: $id, status: $status, note: $note) {\n      ...CollaborationFields\n    }\n  }\n": types.SetCollaborationStatusDocument,
    "\n  mutation RecordCollaborationMonitoring($input: CollaborationMonitoringInput!) {\n    recordCollaborationMonitoring(input: $input) {\n      ...CollaborationFields\n    }\n  }\n": types.RecordCollaborationMonitoringDocument,
    "\n  fragment AcceptedRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    vestigingscode\n    schoolName\n    offeringTitle\n    offeringInterventionCodes\n    organisationId\n    organisationName\n  }\n": types.AcceptedRequestFieldsFragmentDoc,
    "\n  query AcceptedRequestsForSchool(\n    $vestigingscode: String!\n    $statuses: [ContactRequestStatus!]!\n    $before: ID\n  ) {\n    schoolContactRequests(vestigingscode: $vestigingscode, statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode, statuses: $statuses)\n  }\n": types.AcceptedRequestsForSchoolDocument,
    "\n  query AcceptedRequestsForPartner($statuses: [ContactRequestStatus!]!, $before: ID) {\n    contactRequestInbox(statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    contactRequestInboxTotal(statuses: $statuses)\n  }\n": types.AcceptedRequestsForPartnerDocument,
    "\n  fragment LeaAgreementFields on LeaAgreement {\n    id\n    title\n    startsOn\n    endsOn\n    themes {\n      interventionCode\n      goal\n    }\n  }\n": types.LeaAgreementFieldsFragmentDoc,
    "\n  query LeaAgreements($code: String!) {\n    leaAgreements(municipalityCode: $code) {\n      ...LeaAgreementFields\n    }\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": types.LeaAgreementsDocument,
    "\n  mutation SaveLeaAgreement($input: LeaAgreementInput!) {\n    saveLeaAgreement(input: $input) {\n      ...LeaAgreementFields\n    }\n  }\n": types.SaveLeaAgreementDocument,
    "\n  mutation DeleteLeaAgreement($id: ID!) {\n    deleteLeaAgreement(id: $id)\n  }\n": types.DeleteLeaAgreementDocument,
    "\n  query LeaAgreementCoverage($id: ID!) {\n    leaAgreementCoverage(agreementId: $id) {\n      schools\n      agreement {\n        id\n        title\n      }\n      themes {\n        interventionCode\n        goal\n        covered {\n          vestigingscode\n          name\n          collaborations {\n            id\n            title\n          }\n        }\n        uncovered {\n          vestigingscode\n          name\n        }\n        notApplicable {\n          vestigingscode\n          name\n        }\n      }\n    }\n  }\n": types.LeaAgreementCoverageDocument,
    "\n  query MunicipalityMonitoring($code: String!, $year: String) {\n    municipalityMonitoring(municipalityCode: $code, schoolYear: $year) {\n      collaborations\n      themes {\n        interventionCode\n        collaborations\n        entries\n        pupilsReached\n        groupsReached\n        hoursDelivered\n        goalsMet\n        goalsPartlyMet\n        goalsNotMet\n      }\n    }\n  }\n": types.MunicipalityMonitoringDocument,
    "\n  query MunicipalityMonitoringCsv($code: String!, $year: String) {\n    municipalityMonitoringCsv(municipalityCode: $code, schoolYear: $year)\n  }\n": types.MunicipalityMonitoringCsvDocument,
    "\n  query ContactRequestByAnswerLink($token: String!) {\n    contactRequestByAnswerLink(token: $token) {\n      ...ContactRequestFields\n    }\n  }\n": types.ContactRequestByAnswerLinkDocument,
    "\n  mutation AnswerContactRequestByLink(\n    $token: String!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    answerContactRequestByLink(\n      token: $token\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n": types.AnswerContactRequestByLinkDocument,
    "\n  query ContactRequestStatusByLink($token: String!) {\n    contactRequestStatusByLink(token: $token) {\n      reference\n      status\n      statusReason\n      schoolName\n      offeringTitle\n      organisationName\n      createdAt\n      updatedAt\n      linkExpiresAt\n      collaboration {\n        title\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.ContactRequestStatusByLinkDocument,
    "\n  fragment FinderSchool on School {\n    ...SchoolSummary\n    location {\n      lat\n      lng\n    }\n  }\n": types.FinderSchoolFragmentDoc,
    "\n  fragment FinderOffering on Offering {\n    ...OfferingFields\n  }\n": types.FinderOfferingFragmentDoc,
    "\n  query FinderOfferingCoverage($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        ...CoverageAreaShape\n      }\n    }\n  }\n": types.FinderOfferingCoverageDocument,
    "\n  fragment FinderOrganisation on Organisation {\n    id\n    name\n    type\n    status\n    verifiedAt\n    lastConfirmedAt\n    website\n    email\n    phone\n    city\n    location {\n      lat\n      lng\n    }\n    description\n  }\n": types.FinderOrganisationFragmentDoc,
    "\n  query FinderSchools($search: String, $first: Int!) {\n    schools(search: $search, first: $first) {\n      totalCount\n      nodes {\n        ...FinderSchool\n      }\n    }\n  }\n": types.FinderSchoolsDocument,
    "\n  query FinderFundingRoutes {\n    fundingRoutes {\n      code\n      nl\n      en\n      validUntil\n      oneOff\n      ended\n    }\n  }\n": types.FinderFundingRoutesDocument,
    "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n": types.FinderMatchPartnersDocument,
    "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n": types.FinderOfferingDetailDocument,
    "\n  query ContactRequestInbox($organisationId: ID!, $statuses: [ContactRequestStatus!]) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId, statuses: $statuses) {\n      ...ContactRequestFields\n    }\n    contactRequestInboxTotal(organisationId: $organisationId, statuses: $statuses)\n  }\n": types.ContactRequestInboxDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query MapPartner($id: ID!) {\n    organisation(id: $id) {\n      id\n      offerings {\n        id\n        title\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n        sectors\n        groep {\n          min\n          max\n        }\n        cost {\n          type\n          amountEur\n        }\n        coverage {\n          ...CoverageAreaShape\n        }\n      }\n    }\n  }\n": types.MapPartnerDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      nodes {\n        ...SchoolSummary\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": types.SchoolsDocument,
    "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n": types.CoverageComparisonDocument,
    "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      records {\n        ...CollaborationSummary\n      }\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n": types.MunicipalityCoalitionsDocument,
    "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n": types.MunicipalityCoverageCsvDocument,
    "\n  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {\n    municipalityCoverageXlsx(code: $code, sector: $sector)\n  }\n": types.MunicipalityCoverageXlsxDocument,
    "\n  query MunicipalityCoalitionsCsv($code: String!) {\n    municipalityCoalitionsCsv(code: $code)\n  }\n": types.MunicipalityCoalitionsCsvDocument,
    "\n  query MunicipalityCoalitionsXlsx($code: String!) {\n    municipalityCoalitionsXlsx(code: $code)\n  }\n": types.MunicipalityCoalitionsXlsxDocument,
    "\n  query MunicipalityNeedsCsv($code: String!, $sector: SchoolSector) {\n    municipalityNeedsCsv(code: $code, sector: $sector)\n  }\n": types.MunicipalityNeedsCsvDocument,
    "\n  query MunicipalityNeedsXlsx($code: String!, $sector: SchoolSector) {\n    municipalityNeedsXlsx(code: $code, sector: $sector)\n  }\n": types.MunicipalityNeedsXlsxDocument,
    "\n  query ScenarioCsv($id: ID!) {\n    scenarioCsv(id: $id)\n  }\n": types.ScenarioCsvDocument,
    "\n  query ScenariosXlsx($ids: [ID!]!) {\n    scenariosXlsx(ids: $ids)\n  }\n": types.ScenariosXlsxDocument,
    "\n  query MunicipalityNeeds($code: String!, $sector: SchoolSector) {\n    municipalityNeeds(code: $code, sector: $sector) {\n      schoolYear\n      allProfiles\n      interventionCodes\n      need\n      met\n      unmet\n      share\n      schools {\n        vestigingscode\n        name\n        schoolType\n        location {\n          lat\n          lng\n        }\n        pupils\n        source\n        need\n        unmet\n        cells {\n          interventionType\n          status\n          need\n          unmet\n        }\n      }\n      themes {\n        interventionType\n        need\n        unmet\n        share\n        schoolsWithUnmet\n      }\n      comparison {\n        own {\n          label\n          share\n        }\n        province {\n          label\n          share\n        }\n        national {\n          label\n          share\n        }\n        similar {\n          label\n          share\n        }\n        similarMunicipalities {\n          code\n          name\n          share\n        }\n        similarRuleNl\n        similarRuleEn\n      }\n      formulaNl\n      formulaEn\n    }\n  }\n": types.MunicipalityNeedsDocument,
    "\n  query MunicipalityNeedExplanation(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    municipalityNeedExplanation(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      need\n      unmet\n      status\n      steps {\n        code\n        textNl\n        textEn\n      }\n    }\n  }\n": types.MunicipalityNeedExplanationDocument,
    "\n  query RunScenario($input: ScenarioInput!) {\n    runScenario(input: $input) {\n      mode\n      guarantee\n      modeTextNl\n      modeTextEn\n      value\n      unmetBefore\n      unmetAfter\n      shareBefore\n      shareAfter\n      spentEur\n      steps {\n        candidateIndex\n        label\n        interventionCodes\n        gain\n        cumulative\n        costEur\n        schoolsReached\n      }\n    }\n  }\n": types.RunScenarioDocument,
    "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id)\n  }\n": types.DeleteScenarioDocument,
    "\n  query MunicipalityScenarios($code: String!) {\n    municipalityScenarios(code: $code) {\n      id\n      name\n      budgetKind\n      budget\n      createdAt\n      result {\n        mode\n        value\n        shareBefore\n        shareAfter\n        spentEur\n        steps {\n          label\n        }\n      }\n    }\n  }\n": types.MunicipalityScenariosDocument,
    "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(\n      code: $code\n      sector: $sector\n      interventionType: $interventionType\n      limit: 40\n    ) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          ...CoverageAreaOutline\n          regionName\n        }\n      }\n    }\n  }\n": types.MunicipalityOfferingAreasDocument,
    "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionCodes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n": types.MunicipalityCoverageDocument,
    "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CoverageCellDocument,
    "\n  mutation PortalConfirmOffering($id: ID!) {\n    confirmOffering(offeringId: $id) {\n      ...PortalOffering\n    }\n  }\n": types.PortalConfirmOfferingDocument,
    "\n  mutation PortalConfirmOrganisation($id: ID!) {\n    confirmOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": types.PortalConfirmOrganisationDocument,
    "\n  mutation PortalCreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalCreateOfferingDocument,
    "\n  query PortalOfferingDemand($offeringId: ID!, $first: Int) {\n    offeringDemand(offeringId: $offeringId, first: $first) {\n      offeringId\n      schoolYear\n      nearKm\n      schoolsInArea\n      schoolsNearby\n      schools {\n        vestigingscode\n        name\n        city\n        inArea\n        distanceKm\n        unmetNeed\n        needs {\n          interventionCode\n          need\n          unmet\n          met\n          source\n          priority\n        }\n      }\n    }\n  }\n": types.PortalOfferingDemandDocument,
    "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    rejectionReason\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n": types.PortalOrganisationFragmentDoc,
    "\n  fragment PortalCoverageArea on CoverageArea {\n    ...CoverageAreaShape\n    regionName\n    centerLabel\n    areaLabel\n    note\n  }\n": types.PortalCoverageAreaFragmentDoc,
    "\n  fragment PortalOffering on Offering {\n    ...OfferingFields\n    organisationId\n    fundingRouteCodes\n    status\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n": types.PortalOfferingFragmentDoc,
    "\n  query PortalOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...PortalOrganisation\n    }\n    editableOfferings(organisationId: $id) {\n      ...PortalOffering\n    }\n  }\n": types.PortalOrganisationDocument,
    "\n  query PortalOrganisations($search: String) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        city\n        status\n      }\n    }\n  }\n": types.PortalOrganisationsDocument,
    "\n  query PreviewOfferingCoverage($input: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $input) {\n      schools\n      municipalities\n      municipalityCodes\n      provinces\n      schoolsInOverlap\n      drawnAreaKm2\n      shareOfSchools\n      warnings\n    }\n  }\n": types.PreviewOfferingCoverageDocument,
    "\n  mutation PortalResubmitOrganisation($id: ID!) {\n    resubmitOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n": types.PortalResubmitOrganisationDocument,
    "\n  mutation PortalSetOfferingCoverage($input: SetOfferingCoverageInput!) {\n    setOfferingCoverage(input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalSetOfferingCoverageDocument,
    "\n  mutation PortalSetOfferingStatus($id: ID!, $status: OfferingStatus!) {\n    setOfferingStatus(offeringId: $id, status: $status) {\n      ...PortalOffering\n    }\n  }\n": types.PortalSetOfferingStatusDocument,
    "\n  query StaleOfferings {\n    staleOfferings {\n      id\n      title\n      status\n      lastConfirmedAt\n      organisation {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": types.StaleOfferingsDocument,
    "\n  mutation PortalUpdateOffering($id: ID!, $input: OfferingFieldsInput!) {\n    updateOffering(offeringId: $id, input: $input) {\n      ...PortalOffering\n    }\n  }\n": types.PortalUpdateOfferingDocument,
    "\n  mutation PortalUpdateOrganisation($id: ID!, $input: OrganisationProfileInput!) {\n    updateOrganisation(organisationId: $id, input: $input) {\n      ...PortalOrganisation\n    }\n  }\n": types.PortalUpdateOrganisationDocument,
    "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode)\n  }\n": types.SchoolContactRequestsDocument,
    "\n  fragment SchoolNeedsProfileFields on SchoolNeedsProfile {\n    vestigingscode\n    schoolYear\n    visibleToPartners\n    updatedAt\n    items {\n      interventionCode\n      priority\n      groups\n      note\n    }\n  }\n": types.SchoolNeedsProfileFieldsFragmentDoc,
    "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n": types.SchoolNeedsProfileForEditingDocument,
    "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n": types.SetSchoolNeedsProfileDocument,
    "\n  query SchoolPage($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...SchoolSummary\n      pupils\n      website\n      isDemo\n      indicators {\n        schoolweging {\n          ...SchoolPageIndicator\n        }\n        achterstandsscore {\n          ...SchoolPageIndicator\n        }\n      }\n    }\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n\n  fragment SchoolPageIndicator on SchoolIndicator {\n    kind\n    period\n    isAverage\n    value\n    spread\n    valueWithoutThreshold\n    pupils\n    unreliable\n    joinMethod\n    sourcePublisher\n    sourceFile\n  }\n": types.SchoolPageDocument,
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": types.AppInfoDocument,
    "\n  fragment CollaborationSummary on CollaborationRecord {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    contactRequestId\n    contactRequestReference\n    schools {\n      vestigingscode\n      name\n    }\n    partners {\n      organisationId\n      name\n    }\n  }\n": types.CollaborationSummaryFragmentDoc,
    "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n    readAt\n  }\n": types.ContactRequestFieldsFragmentDoc,
    "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    setContactRequestStatus(\n      contactRequestId: $contactRequestId\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n": types.SetContactRequestStatusDocument,
    "\n  query ContactRequestUnreadCount {\n    contactRequestUnreadCount\n  }\n": types.ContactRequestUnreadCountDocument,
    "\n  mutation MarkContactRequestRead($contactRequestId: ID!) {\n    markContactRequestRead(contactRequestId: $contactRequestId) {\n      ...ContactRequestFields\n    }\n  }\n": types.MarkContactRequestReadDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      reference\n      status\n      createdAt\n      partnerMailed\n      mailEnabled\n    }\n  }\n": types.RequestContactDocument,
    "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n": types.FinderInterventionTypesDocument,
    "\n  query OfferingPolygons($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        id\n        geometry\n      }\n    }\n  }\n": types.OfferingPolygonsDocument,
    "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n": types.SchoolPointsDocument,
    "\n  fragment SchoolNeedsDefaultsFields on SchoolNeedsDefaults {\n    vestigingscode\n    schoolYear\n    published\n    items {\n      interventionCode\n      priority\n      weight\n      groups\n    }\n  }\n": types.SchoolNeedsDefaultsFieldsFragmentDoc,
    "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n": types.SchoolNeedsDefaultsDocument,
    "\n  fragment OfferingFields on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n  }\n": types.OfferingFieldsFragmentDoc,
    "\n  fragment CoverageAreaOutline on CoverageArea {\n    id\n    offeringId\n    kind\n    municipalityCode\n    provinceCode\n    center {\n      lat\n      lng\n    }\n    radiusKm\n  }\n": types.CoverageAreaOutlineFragmentDoc,
    "\n  fragment CoverageAreaShape on CoverageArea {\n    ...CoverageAreaOutline\n    geometry\n  }\n": types.CoverageAreaShapeFragmentDoc,
    "\n  fragment OrganisationVerification on Organisation {\n    id\n    name\n    status\n    verifiedAt\n  }\n": types.OrganisationVerificationFragmentDoc,
    "\n  fragment PickerOrganisation on Organisation {\n    id\n    name\n    city\n  }\n": types.PickerOrganisationFragmentDoc,
    "\n  fragment PickerSchool on School {\n    vestigingscode\n    name\n    city\n  }\n": types.PickerSchoolFragmentDoc,
    "\n  query PickOrganisations($search: String!, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...PickerOrganisation\n      }\n    }\n  }\n": types.PickOrganisationsDocument,
    "\n  query PickSchools($search: String!, $first: Int!) {\n    schools(search: $search, first: $first) {\n      nodes {\n        ...PickerSchool\n      }\n    }\n  }\n": types.PickSchoolsDocument,
    "\n  query PickedOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      ...PickerOrganisation\n    }\n  }\n": types.PickedOrganisationNameDocument,
    "\n  query PickedSchoolName($code: String!) {\n    school(vestigingscode: $code) {\n      ...PickerSchool\n    }\n  }\n": types.PickedSchoolNameDocument,
    "\n  query Geocode($query: String!) {\n    geocode(query: $query) {\n      geocoderAvailable\n      places {\n        label\n        kind\n        location {\n          lat\n          lng\n        }\n        municipalityCode\n      }\n    }\n  }\n": types.GeocodeDocument,
    "\n  query FinderMunicipalityBoundary($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": types.FinderMunicipalityBoundaryDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": types.MunicipalityNameDocument,
    "\n  query MunicipalitySearch($search: String, $first: Int!) {\n    municipalities(search: $search, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.MunicipalitySearchDocument,
    "\n  query FinderProvinceBoundary($code: String!) {\n    province(code: $code) {\n      code\n      name\n      boundary\n    }\n  }\n": types.FinderProvinceBoundaryDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  fragment SavedSearchConfirmation on SavedSearch {\n    id\n    description\n    frequency\n  }\n": types.SavedSearchConfirmationFragmentDoc,
    "\n  fragment UnsubscribeLinkState on SavedSearchUnsubscribeLink {\n    description\n    frequency\n    unsubscribed\n  }\n": types.UnsubscribeLinkStateFragmentDoc,
    "\n  query MySavedSearches {\n    mySavedSearches {\n      id\n      kind\n      vestigingscode\n      schoolName\n      municipalityCode\n      municipalityName\n      needs\n      groepMin\n      groepMax\n      targetGroups\n      filters {\n        deliveryModes\n        costTypes\n        verifiedOnly\n        maxDistanceKm\n        maxCostEur\n        fundingRoutes\n        languages\n      }\n      frequency\n      description\n      nextDigestAt\n    }\n  }\n": types.MySavedSearchesDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n": types.SaveSearchDocument,
    "\n  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {\n    subscribeMunicipalityAlerts(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n": types.SubscribeMunicipalityAlertsDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": types.DeleteSavedSearchDocument,
    "\n  query SavedSearchByUnsubscribeLink($token: String!) {\n    savedSearchByUnsubscribeLink(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n": types.SavedSearchByUnsubscribeLinkDocument,
    "\n  mutation UnsubscribeSavedSearch($token: String!) {\n    unsubscribeSavedSearch(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n": types.UnsubscribeSavedSearchDocument,
    "\n  fragment SchoolSummary on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    municipality {\n      code\n      name\n    }\n  }\n": types.SchoolSummaryFragmentDoc,
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
export function graphql(source: "\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n"): (typeof documents)["\n  query FinderChosenSchool($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...FinderSchool\n    }\n  }\n"];
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
export function graphql(source: "\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      accountEmails\n      website\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PendingOrganisations {\n    pendingOrganisations {\n      id\n      name\n      kvkNumber\n      city\n      email\n      phone\n      accountEmails\n      website\n      updatedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      ...OrganisationVerification\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganisation($organisationId: ID!) {\n    verifyOrganisation(organisationId: $organisationId) {\n      ...OrganisationVerification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRegistration($token: String!) {\n    confirmRegistration(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationVerification\n    }\n  }\n"): (typeof documents)["\n  query OwnOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationVerification\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CollaborationFields on CollaborationRecord {\n    ...CollaborationSummary\n    schoolYears\n    goals\n    schoolBoard\n    municipalityCode\n    canEdit\n    createdBy\n    createdAt\n    interventionCodes\n    funding {\n      routeCode\n      fundName\n      amountEur\n      validFrom\n      validUntil\n    }\n    fundingWarnings {\n      kind\n      routeCode\n      date\n      nl\n      en\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedBy\n      changedAt\n    }\n    monitoring {\n      schoolYear\n      pupilsReached\n      groupsReached\n      sessionsDelivered\n      hoursDelivered\n      goalAttainment\n      evaluationNote\n      evidenceUrl\n      updatedBy\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationFields on CollaborationRecord {\n    ...CollaborationSummary\n    schoolYears\n    goals\n    schoolBoard\n    municipalityCode\n    canEdit\n    createdBy\n    createdAt\n    interventionCodes\n    funding {\n      routeCode\n      fundName\n      amountEur\n      validFrom\n      validUntil\n    }\n    fundingWarnings {\n      kind\n      routeCode\n      date\n      nl\n      en\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedBy\n      changedAt\n    }\n    monitoring {\n      schoolYear\n      pupilsReached\n      groupsReached\n      sessionsDelivered\n      hoursDelivered\n      goalAttainment\n      evaluationNote\n      evidenceUrl\n      updatedBy\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationFundingRoute on FundingRoute {\n    code\n    nl\n    en\n    needsName\n    ended\n  }\n"): (typeof documents)["\n  fragment CollaborationFundingRoute on FundingRoute {\n    code\n    nl\n    en\n    needsName\n    ended\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCollaborations {\n    collaborations {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n"): (typeof documents)["\n  query MyCollaborations {\n    collaborations {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationRecord($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n"): (typeof documents)["\n  query CollaborationRecord($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationFields\n    }\n    fundingRoutes {\n      ...CollaborationFundingRoute\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCollaborationStatus($id: ID!, $status: CollaborationStatus!, $note: String) {\n    setCollaborationStatus(collaborationId: $id, status: $status, note: $note) {\n      ...CollaborationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCollaborationStatus($id: ID!, $status: CollaborationStatus!, $note: String) {\n    setCollaborationStatus(collaborationId: $id, status: $status, note: $note) {\n      ...CollaborationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCollaborationMonitoring($input: CollaborationMonitoringInput!) {\n    recordCollaborationMonitoring(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCollaborationMonitoring($input: CollaborationMonitoringInput!) {\n    recordCollaborationMonitoring(input: $input) {\n      ...CollaborationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcceptedRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    vestigingscode\n    schoolName\n    offeringTitle\n    offeringInterventionCodes\n    organisationId\n    organisationName\n  }\n"): (typeof documents)["\n  fragment AcceptedRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    vestigingscode\n    schoolName\n    offeringTitle\n    offeringInterventionCodes\n    organisationId\n    organisationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptedRequestsForSchool(\n    $vestigingscode: String!\n    $statuses: [ContactRequestStatus!]!\n    $before: ID\n  ) {\n    schoolContactRequests(vestigingscode: $vestigingscode, statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode, statuses: $statuses)\n  }\n"): (typeof documents)["\n  query AcceptedRequestsForSchool(\n    $vestigingscode: String!\n    $statuses: [ContactRequestStatus!]!\n    $before: ID\n  ) {\n    schoolContactRequests(vestigingscode: $vestigingscode, statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode, statuses: $statuses)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptedRequestsForPartner($statuses: [ContactRequestStatus!]!, $before: ID) {\n    contactRequestInbox(statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    contactRequestInboxTotal(statuses: $statuses)\n  }\n"): (typeof documents)["\n  query AcceptedRequestsForPartner($statuses: [ContactRequestStatus!]!, $before: ID) {\n    contactRequestInbox(statuses: $statuses, before: $before) {\n      ...AcceptedRequestFields\n    }\n    contactRequestInboxTotal(statuses: $statuses)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaAgreementFields on LeaAgreement {\n    id\n    title\n    startsOn\n    endsOn\n    themes {\n      interventionCode\n      goal\n    }\n  }\n"): (typeof documents)["\n  fragment LeaAgreementFields on LeaAgreement {\n    id\n    title\n    startsOn\n    endsOn\n    themes {\n      interventionCode\n      goal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaAgreements($code: String!) {\n    leaAgreements(municipalityCode: $code) {\n      ...LeaAgreementFields\n    }\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query LeaAgreements($code: String!) {\n    leaAgreements(municipalityCode: $code) {\n      ...LeaAgreementFields\n    }\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLeaAgreement($input: LeaAgreementInput!) {\n    saveLeaAgreement(input: $input) {\n      ...LeaAgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLeaAgreement($input: LeaAgreementInput!) {\n    saveLeaAgreement(input: $input) {\n      ...LeaAgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeaAgreement($id: ID!) {\n    deleteLeaAgreement(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLeaAgreement($id: ID!) {\n    deleteLeaAgreement(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaAgreementCoverage($id: ID!) {\n    leaAgreementCoverage(agreementId: $id) {\n      schools\n      agreement {\n        id\n        title\n      }\n      themes {\n        interventionCode\n        goal\n        covered {\n          vestigingscode\n          name\n          collaborations {\n            id\n            title\n          }\n        }\n        uncovered {\n          vestigingscode\n          name\n        }\n        notApplicable {\n          vestigingscode\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeaAgreementCoverage($id: ID!) {\n    leaAgreementCoverage(agreementId: $id) {\n      schools\n      agreement {\n        id\n        title\n      }\n      themes {\n        interventionCode\n        goal\n        covered {\n          vestigingscode\n          name\n          collaborations {\n            id\n            title\n          }\n        }\n        uncovered {\n          vestigingscode\n          name\n        }\n        notApplicable {\n          vestigingscode\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityMonitoring($code: String!, $year: String) {\n    municipalityMonitoring(municipalityCode: $code, schoolYear: $year) {\n      collaborations\n      themes {\n        interventionCode\n        collaborations\n        entries\n        pupilsReached\n        groupsReached\n        hoursDelivered\n        goalsMet\n        goalsPartlyMet\n        goalsNotMet\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityMonitoring($code: String!, $year: String) {\n    municipalityMonitoring(municipalityCode: $code, schoolYear: $year) {\n      collaborations\n      themes {\n        interventionCode\n        collaborations\n        entries\n        pupilsReached\n        groupsReached\n        hoursDelivered\n        goalsMet\n        goalsPartlyMet\n        goalsNotMet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityMonitoringCsv($code: String!, $year: String) {\n    municipalityMonitoringCsv(municipalityCode: $code, schoolYear: $year)\n  }\n"): (typeof documents)["\n  query MunicipalityMonitoringCsv($code: String!, $year: String) {\n    municipalityMonitoringCsv(municipalityCode: $code, schoolYear: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRequestByAnswerLink($token: String!) {\n    contactRequestByAnswerLink(token: $token) {\n      ...ContactRequestFields\n    }\n  }\n"): (typeof documents)["\n  query ContactRequestByAnswerLink($token: String!) {\n    contactRequestByAnswerLink(token: $token) {\n      ...ContactRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerContactRequestByLink(\n    $token: String!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    answerContactRequestByLink(\n      token: $token\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerContactRequestByLink(\n    $token: String!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    answerContactRequestByLink(\n      token: $token\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRequestStatusByLink($token: String!) {\n    contactRequestStatusByLink(token: $token) {\n      reference\n      status\n      statusReason\n      schoolName\n      offeringTitle\n      organisationName\n      createdAt\n      updatedAt\n      linkExpiresAt\n      collaboration {\n        title\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactRequestStatusByLink($token: String!) {\n    contactRequestStatusByLink(token: $token) {\n      reference\n      status\n      statusReason\n      schoolName\n      offeringTitle\n      organisationName\n      createdAt\n      updatedAt\n      linkExpiresAt\n      collaboration {\n        title\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinderSchool on School {\n    ...SchoolSummary\n    location {\n      lat\n      lng\n    }\n  }\n"): (typeof documents)["\n  fragment FinderSchool on School {\n    ...SchoolSummary\n    location {\n      lat\n      lng\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinderOffering on Offering {\n    ...OfferingFields\n  }\n"): (typeof documents)["\n  fragment FinderOffering on Offering {\n    ...OfferingFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderOfferingCoverage($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        ...CoverageAreaShape\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinderOfferingCoverage($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        ...CoverageAreaShape\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query FinderFundingRoutes {\n    fundingRoutes {\n      code\n      nl\n      en\n      validUntil\n      oneOff\n      ended\n    }\n  }\n"): (typeof documents)["\n  query FinderFundingRoutes {\n    fundingRoutes {\n      code\n      nl\n      en\n      validUntil\n      oneOff\n      ended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n"): (typeof documents)["\n  query FinderMatchPartners($input: MatchPartnersInput!) {\n    matchPartners(input: $input) {\n      municipalityCode\n      totalMatches\n      languages\n      matches {\n        offeringId\n        score\n        needsMet\n        reasons {\n          code\n          text\n          params\n        }\n        distanceKm\n        matchedArea {\n          areaId\n          kind\n          label\n        }\n        full\n        isStale\n        offering {\n          ...FinderOffering\n        }\n        organisation {\n          ...FinderOrganisation\n        }\n      }\n      bundle {\n        offeringIds\n        needsCovered\n      }\n      uncoveredNeeds\n      uncoveredText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinderOfferingDetail($id: ID!) {\n    offering(id: $id) {\n      ...FinderOffering\n      organisation {\n        ...FinderOrganisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRequestInbox($organisationId: ID!, $statuses: [ContactRequestStatus!]) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId, statuses: $statuses) {\n      ...ContactRequestFields\n    }\n    contactRequestInboxTotal(organisationId: $organisationId, statuses: $statuses)\n  }\n"): (typeof documents)["\n  query ContactRequestInbox($organisationId: ID!, $statuses: [ContactRequestStatus!]) {\n    organisation(id: $organisationId) {\n      id\n      name\n      status\n    }\n    contactRequestInbox(organisationId: $organisationId, statuses: $statuses) {\n      ...ContactRequestFields\n    }\n    contactRequestInboxTotal(organisationId: $organisationId, statuses: $statuses)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPartner($id: ID!) {\n    organisation(id: $id) {\n      id\n      offerings {\n        id\n        title\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n        sectors\n        groep {\n          min\n          max\n        }\n        cost {\n          type\n          amountEur\n        }\n        coverage {\n          ...CoverageAreaShape\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapPartner($id: ID!) {\n    organisation(id: $id) {\n      id\n      offerings {\n        id\n        title\n        interventionTypes {\n          code\n          labelNl\n          labelEn\n        }\n        sectors\n        groep {\n          min\n          max\n        }\n        cost {\n          type\n          amountEur\n        }\n        coverage {\n          ...CoverageAreaShape\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      nodes {\n        ...SchoolSummary\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      nodes {\n        ...SchoolSummary\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageComparison($provinceCode: String!, $sector: SchoolSector) {\n    province: coverageSummary(level: PROVINCE, provinceCode: $provinceCode, sector: $sector) {\n      provinceCode\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n    national: coverageSummary(level: NATIONAL, sector: $sector) {\n      totals {\n        interventionType\n        schools\n        schoolsWithLocal\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      records {\n        ...CollaborationSummary\n      }\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCoalitions($code: String!) {\n    municipalityCoalitions(code: $code) {\n      municipalityCode\n      records {\n        ...CollaborationSummary\n      }\n      bySchool {\n        vestigingscode\n        schoolName\n        partners\n        collaborations {\n          id\n          organisationName\n          offeringTitle\n          status\n          since\n        }\n      }\n      byPartner {\n        organisationId\n        organisationName\n        schools\n        collaborations {\n          id\n          vestigingscode\n          schoolName\n          offeringTitle\n          status\n          since\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n"): (typeof documents)["\n  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {\n    municipalityCoverageCsv(code: $code, sector: $sector)\n  }\n"];
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
export function graphql(source: "\n  query MunicipalityNeedsCsv($code: String!, $sector: SchoolSector) {\n    municipalityNeedsCsv(code: $code, sector: $sector)\n  }\n"): (typeof documents)["\n  query MunicipalityNeedsCsv($code: String!, $sector: SchoolSector) {\n    municipalityNeedsCsv(code: $code, sector: $sector)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityNeedsXlsx($code: String!, $sector: SchoolSector) {\n    municipalityNeedsXlsx(code: $code, sector: $sector)\n  }\n"): (typeof documents)["\n  query MunicipalityNeedsXlsx($code: String!, $sector: SchoolSector) {\n    municipalityNeedsXlsx(code: $code, sector: $sector)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioCsv($id: ID!) {\n    scenarioCsv(id: $id)\n  }\n"): (typeof documents)["\n  query ScenarioCsv($id: ID!) {\n    scenarioCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenariosXlsx($ids: [ID!]!) {\n    scenariosXlsx(ids: $ids)\n  }\n"): (typeof documents)["\n  query ScenariosXlsx($ids: [ID!]!) {\n    scenariosXlsx(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityNeeds($code: String!, $sector: SchoolSector) {\n    municipalityNeeds(code: $code, sector: $sector) {\n      schoolYear\n      allProfiles\n      interventionCodes\n      need\n      met\n      unmet\n      share\n      schools {\n        vestigingscode\n        name\n        schoolType\n        location {\n          lat\n          lng\n        }\n        pupils\n        source\n        need\n        unmet\n        cells {\n          interventionType\n          status\n          need\n          unmet\n        }\n      }\n      themes {\n        interventionType\n        need\n        unmet\n        share\n        schoolsWithUnmet\n      }\n      comparison {\n        own {\n          label\n          share\n        }\n        province {\n          label\n          share\n        }\n        national {\n          label\n          share\n        }\n        similar {\n          label\n          share\n        }\n        similarMunicipalities {\n          code\n          name\n          share\n        }\n        similarRuleNl\n        similarRuleEn\n      }\n      formulaNl\n      formulaEn\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityNeeds($code: String!, $sector: SchoolSector) {\n    municipalityNeeds(code: $code, sector: $sector) {\n      schoolYear\n      allProfiles\n      interventionCodes\n      need\n      met\n      unmet\n      share\n      schools {\n        vestigingscode\n        name\n        schoolType\n        location {\n          lat\n          lng\n        }\n        pupils\n        source\n        need\n        unmet\n        cells {\n          interventionType\n          status\n          need\n          unmet\n        }\n      }\n      themes {\n        interventionType\n        need\n        unmet\n        share\n        schoolsWithUnmet\n      }\n      comparison {\n        own {\n          label\n          share\n        }\n        province {\n          label\n          share\n        }\n        national {\n          label\n          share\n        }\n        similar {\n          label\n          share\n        }\n        similarMunicipalities {\n          code\n          name\n          share\n        }\n        similarRuleNl\n        similarRuleEn\n      }\n      formulaNl\n      formulaEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityNeedExplanation(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    municipalityNeedExplanation(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      need\n      unmet\n      status\n      steps {\n        code\n        textNl\n        textEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityNeedExplanation(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    municipalityNeedExplanation(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      need\n      unmet\n      status\n      steps {\n        code\n        textNl\n        textEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunScenario($input: ScenarioInput!) {\n    runScenario(input: $input) {\n      mode\n      guarantee\n      modeTextNl\n      modeTextEn\n      value\n      unmetBefore\n      unmetAfter\n      shareBefore\n      shareAfter\n      spentEur\n      steps {\n        candidateIndex\n        label\n        interventionCodes\n        gain\n        cumulative\n        costEur\n        schoolsReached\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunScenario($input: ScenarioInput!) {\n    runScenario(input: $input) {\n      mode\n      guarantee\n      modeTextNl\n      modeTextEn\n      value\n      unmetBefore\n      unmetAfter\n      shareBefore\n      shareAfter\n      spentEur\n      steps {\n        candidateIndex\n        label\n        interventionCodes\n        gain\n        cumulative\n        costEur\n        schoolsReached\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityScenarios($code: String!) {\n    municipalityScenarios(code: $code) {\n      id\n      name\n      budgetKind\n      budget\n      createdAt\n      result {\n        mode\n        value\n        shareBefore\n        shareAfter\n        spentEur\n        steps {\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityScenarios($code: String!) {\n    municipalityScenarios(code: $code) {\n      id\n      name\n      budgetKind\n      budget\n      createdAt\n      result {\n        mode\n        value\n        shareBefore\n        shareAfter\n        spentEur\n        steps {\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(\n      code: $code\n      sector: $sector\n      interventionType: $interventionType\n      limit: 40\n    ) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          ...CoverageAreaOutline\n          regionName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityOfferingAreas(\n    $code: String!\n    $sector: SchoolSector\n    $interventionType: InterventionCode\n  ) {\n    municipalityOfferingAreas(\n      code: $code\n      sector: $sector\n      interventionType: $interventionType\n      limit: 40\n    ) {\n      municipalityCode\n      sector\n      interventionType\n      totalCount\n      nationalOnlyCount\n      offerings {\n        offeringId\n        title\n        organisationName\n        verified\n        schoolsReached\n        alsoNational\n        areas {\n          ...CoverageAreaOutline\n          regionName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionCodes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCoverage($code: String!, $sector: SchoolSector) {\n    municipalityCoverage(code: $code, sector: $sector) {\n      municipality {\n        code\n        name\n        provinceCode\n        province {\n          code\n          name\n        }\n        hasBoundary\n        center {\n          lat\n          lng\n        }\n        boundary\n      }\n      sector\n      interventionCodes\n      schools {\n        vestigingscode\n        name\n        sector\n        schoolType\n        location {\n          lat\n          lng\n        }\n        typesApplicable\n        typesCovered\n        typesCoveredLocally\n        cells {\n          interventionType\n          offerings\n          verified\n          local\n          status\n        }\n      }\n      totals {\n        interventionType\n        gapSchools\n        onlyNationalSchools\n        localSchools\n        notApplicableSchools\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageCell(\n    $code: String!\n    $vestigingscode: String!\n    $interventionType: InterventionCode!\n  ) {\n    coverageCell(\n      code: $code\n      vestigingscode: $vestigingscode\n      interventionType: $interventionType\n    ) {\n      offeringId\n      matchedArea {\n        kind\n      }\n      scoreParts {\n        verified\n      }\n      offering {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PortalOfferingDemand($offeringId: ID!, $first: Int) {\n    offeringDemand(offeringId: $offeringId, first: $first) {\n      offeringId\n      schoolYear\n      nearKm\n      schoolsInArea\n      schoolsNearby\n      schools {\n        vestigingscode\n        name\n        city\n        inArea\n        distanceKm\n        unmetNeed\n        needs {\n          interventionCode\n          need\n          unmet\n          met\n          source\n          priority\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalOfferingDemand($offeringId: ID!, $first: Int) {\n    offeringDemand(offeringId: $offeringId, first: $first) {\n      offeringId\n      schoolYear\n      nearKm\n      schoolsInArea\n      schoolsNearby\n      schools {\n        vestigingscode\n        name\n        city\n        inArea\n        distanceKm\n        unmetNeed\n        needs {\n          interventionCode\n          need\n          unmet\n          met\n          source\n          priority\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    rejectionReason\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n"): (typeof documents)["\n  fragment PortalOrganisation on Organisation {\n    id\n    name\n    type\n    kvkNumber\n    description\n    website\n    email\n    phone\n    address\n    city\n    location {\n      lat\n      lng\n    }\n    status\n    rejectionReason\n    verifiedAt\n    lastConfirmedAt\n    isStale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalCoverageArea on CoverageArea {\n    ...CoverageAreaShape\n    regionName\n    centerLabel\n    areaLabel\n    note\n  }\n"): (typeof documents)["\n  fragment PortalCoverageArea on CoverageArea {\n    ...CoverageAreaShape\n    regionName\n    centerLabel\n    areaLabel\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOffering on Offering {\n    ...OfferingFields\n    organisationId\n    fundingRouteCodes\n    status\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n"): (typeof documents)["\n  fragment PortalOffering on Offering {\n    ...OfferingFields\n    organisationId\n    fundingRouteCodes\n    status\n    isStale\n    coverage {\n      ...PortalCoverageArea\n    }\n  }\n"];
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
export function graphql(source: "\n  query PreviewOfferingCoverage($input: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $input) {\n      schools\n      municipalities\n      municipalityCodes\n      provinces\n      schoolsInOverlap\n      drawnAreaKm2\n      shareOfSchools\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query PreviewOfferingCoverage($input: SetOfferingCoverageInput!) {\n    previewOfferingCoverage(input: $input) {\n      schools\n      municipalities\n      municipalityCodes\n      provinces\n      schoolsInOverlap\n      drawnAreaKm2\n      shareOfSchools\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResubmitOrganisation($id: ID!) {\n    resubmitOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n"): (typeof documents)["\n  mutation PortalResubmitOrganisation($id: ID!) {\n    resubmitOrganisation(organisationId: $id) {\n      ...PortalOrganisation\n    }\n  }\n"];
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
export function graphql(source: "\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode)\n  }\n"): (typeof documents)["\n  query SchoolContactRequests($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      name\n      city\n    }\n    schoolContactRequests(vestigingscode: $vestigingscode) {\n      ...ContactRequestFields\n    }\n    schoolContactRequestsTotal(vestigingscode: $vestigingscode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolNeedsProfileFields on SchoolNeedsProfile {\n    vestigingscode\n    schoolYear\n    visibleToPartners\n    updatedAt\n    items {\n      interventionCode\n      priority\n      groups\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolNeedsProfileFields on SchoolNeedsProfile {\n    vestigingscode\n    schoolYear\n    visibleToPartners\n    updatedAt\n    items {\n      interventionCode\n      priority\n      groups\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n"): (typeof documents)["\n  query SchoolNeedsProfileForEditing($vestigingscode: String!, $schoolYear: String) {\n    school(vestigingscode: $vestigingscode) {\n      vestigingscode\n      schoolType\n    }\n    schoolNeedsProfile(vestigingscode: $vestigingscode, schoolYear: $schoolYear) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSchoolNeedsProfile($input: SetSchoolNeedsProfileInput!) {\n    setSchoolNeedsProfile(input: $input) {\n      ...SchoolNeedsProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolPage($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...SchoolSummary\n      pupils\n      website\n      isDemo\n      indicators {\n        schoolweging {\n          ...SchoolPageIndicator\n        }\n        achterstandsscore {\n          ...SchoolPageIndicator\n        }\n      }\n    }\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n\n  fragment SchoolPageIndicator on SchoolIndicator {\n    kind\n    period\n    isAverage\n    value\n    spread\n    valueWithoutThreshold\n    pupils\n    unreliable\n    joinMethod\n    sourcePublisher\n    sourceFile\n  }\n"): (typeof documents)["\n  query SchoolPage($vestigingscode: String!) {\n    school(vestigingscode: $vestigingscode) {\n      ...SchoolSummary\n      pupils\n      website\n      isDemo\n      indicators {\n        schoolweging {\n          ...SchoolPageIndicator\n        }\n        achterstandsscore {\n          ...SchoolPageIndicator\n        }\n      }\n    }\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n\n  fragment SchoolPageIndicator on SchoolIndicator {\n    kind\n    period\n    isAverage\n    value\n    spread\n    valueWithoutThreshold\n    pupils\n    unreliable\n    joinMethod\n    sourcePublisher\n    sourceFile\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationSummary on CollaborationRecord {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    contactRequestId\n    contactRequestReference\n    schools {\n      vestigingscode\n      name\n    }\n    partners {\n      organisationId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationSummary on CollaborationRecord {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    contactRequestId\n    contactRequestReference\n    schools {\n      vestigingscode\n      name\n    }\n    partners {\n      organisationId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment ContactRequestFields on ContactRequestDetail {\n    id\n    reference\n    status\n    statusReason\n    vestigingscode\n    schoolName\n    offeringId\n    offeringTitle\n    organisationId\n    organisationName\n    senderName\n    senderEmail\n    message\n    createdAt\n    updatedAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    setContactRequestStatus(\n      contactRequestId: $contactRequestId\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactRequestStatus(\n    $contactRequestId: ID!\n    $status: ContactRequestStatus!\n    $reason: String\n    $expectedStatus: ContactRequestStatus\n  ) {\n    setContactRequestStatus(\n      contactRequestId: $contactRequestId\n      status: $status\n      reason: $reason\n      expectedStatus: $expectedStatus\n    ) {\n      ...ContactRequestFields\n      alreadyAnswered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRequestUnreadCount {\n    contactRequestUnreadCount\n  }\n"): (typeof documents)["\n  query ContactRequestUnreadCount {\n    contactRequestUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkContactRequestRead($contactRequestId: ID!) {\n    markContactRequestRead(contactRequestId: $contactRequestId) {\n      ...ContactRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkContactRequestRead($contactRequestId: ID!) {\n    markContactRequestRead(contactRequestId: $contactRequestId) {\n      ...ContactRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      reference\n      status\n      createdAt\n      partnerMailed\n      mailEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      reference\n      status\n      createdAt\n      partnerMailed\n      mailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query FinderInterventionTypes {\n    interventionTypes {\n      code\n      labelNl\n      labelEn\n      descriptionNl\n      descriptionEn\n      evidenceNoteNl\n      evidenceNoteEn\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingPolygons($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        id\n        geometry\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferingPolygons($id: ID!) {\n    offering(id: $id) {\n      id\n      coverage {\n        id\n        geometry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n"): (typeof documents)["\n  query SchoolPoints {\n    schoolPoints {\n      count\n      vestigingscodes\n      names\n      sectors\n      coordinates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolNeedsDefaultsFields on SchoolNeedsDefaults {\n    vestigingscode\n    schoolYear\n    published\n    items {\n      interventionCode\n      priority\n      weight\n      groups\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolNeedsDefaultsFields on SchoolNeedsDefaults {\n    vestigingscode\n    schoolYear\n    published\n    items {\n      interventionCode\n      priority\n      weight\n      groups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n"): (typeof documents)["\n  query SchoolNeedsDefaults($vestigingscode: String!) {\n    schoolNeedsDefaults(vestigingscode: $vestigingscode) {\n      ...SchoolNeedsDefaultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferingFields on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n  }\n"): (typeof documents)["\n  fragment OfferingFields on Offering {\n    id\n    title\n    description\n    interventionCodes\n    sectors\n    targetGroups\n    groep {\n      min\n      max\n    }\n    age {\n      min\n      max\n    }\n    deliveryModes\n    cost {\n      type\n      amountEur\n      note\n    }\n    fundingRoutes\n    evidence {\n      register\n      level\n      source\n    }\n    capacityPerYear\n    languages\n    lastConfirmedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageAreaOutline on CoverageArea {\n    id\n    offeringId\n    kind\n    municipalityCode\n    provinceCode\n    center {\n      lat\n      lng\n    }\n    radiusKm\n  }\n"): (typeof documents)["\n  fragment CoverageAreaOutline on CoverageArea {\n    id\n    offeringId\n    kind\n    municipalityCode\n    provinceCode\n    center {\n      lat\n      lng\n    }\n    radiusKm\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageAreaShape on CoverageArea {\n    ...CoverageAreaOutline\n    geometry\n  }\n"): (typeof documents)["\n  fragment CoverageAreaShape on CoverageArea {\n    ...CoverageAreaOutline\n    geometry\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationVerification on Organisation {\n    id\n    name\n    status\n    verifiedAt\n  }\n"): (typeof documents)["\n  fragment OrganisationVerification on Organisation {\n    id\n    name\n    status\n    verifiedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickerOrganisation on Organisation {\n    id\n    name\n    city\n  }\n"): (typeof documents)["\n  fragment PickerOrganisation on Organisation {\n    id\n    name\n    city\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickerSchool on School {\n    vestigingscode\n    name\n    city\n  }\n"): (typeof documents)["\n  fragment PickerSchool on School {\n    vestigingscode\n    name\n    city\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickOrganisations($search: String!, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...PickerOrganisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickOrganisations($search: String!, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...PickerOrganisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSchools($search: String!, $first: Int!) {\n    schools(search: $search, first: $first) {\n      nodes {\n        ...PickerSchool\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickSchools($search: String!, $first: Int!) {\n    schools(search: $search, first: $first) {\n      nodes {\n        ...PickerSchool\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      ...PickerOrganisation\n    }\n  }\n"): (typeof documents)["\n  query PickedOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      ...PickerOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedSchoolName($code: String!) {\n    school(vestigingscode: $code) {\n      ...PickerSchool\n    }\n  }\n"): (typeof documents)["\n  query PickedSchoolName($code: String!) {\n    school(vestigingscode: $code) {\n      ...PickerSchool\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Geocode($query: String!) {\n    geocode(query: $query) {\n      geocoderAvailable\n      places {\n        label\n        kind\n        location {\n          lat\n          lng\n        }\n        municipalityCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query Geocode($query: String!) {\n    geocode(query: $query) {\n      geocoderAvailable\n      places {\n        label\n        kind\n        location {\n          lat\n          lng\n        }\n        municipalityCode\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MunicipalitySearch($search: String, $first: Int!) {\n    municipalities(search: $search, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalitySearch($search: String, $first: Int!) {\n    municipalities(search: $search, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SavedSearchConfirmation on SavedSearch {\n    id\n    description\n    frequency\n  }\n"): (typeof documents)["\n  fragment SavedSearchConfirmation on SavedSearch {\n    id\n    description\n    frequency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnsubscribeLinkState on SavedSearchUnsubscribeLink {\n    description\n    frequency\n    unsubscribed\n  }\n"): (typeof documents)["\n  fragment UnsubscribeLinkState on SavedSearchUnsubscribeLink {\n    description\n    frequency\n    unsubscribed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySavedSearches {\n    mySavedSearches {\n      id\n      kind\n      vestigingscode\n      schoolName\n      municipalityCode\n      municipalityName\n      needs\n      groepMin\n      groepMax\n      targetGroups\n      filters {\n        deliveryModes\n        costTypes\n        verifiedOnly\n        maxDistanceKm\n        maxCostEur\n        fundingRoutes\n        languages\n      }\n      frequency\n      description\n      nextDigestAt\n    }\n  }\n"): (typeof documents)["\n  query MySavedSearches {\n    mySavedSearches {\n      id\n      kind\n      vestigingscode\n      schoolName\n      municipalityCode\n      municipalityName\n      needs\n      groepMin\n      groepMax\n      targetGroups\n      filters {\n        deliveryModes\n        costTypes\n        verifiedOnly\n        maxDistanceKm\n        maxCostEur\n        fundingRoutes\n        languages\n      }\n      frequency\n      description\n      nextDigestAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {\n    subscribeMunicipalityAlerts(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeMunicipalityAlerts($input: SubscribeMunicipalityAlertsInput!) {\n    subscribeMunicipalityAlerts(input: $input) {\n      ...SavedSearchConfirmation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedSearchByUnsubscribeLink($token: String!) {\n    savedSearchByUnsubscribeLink(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n"): (typeof documents)["\n  query SavedSearchByUnsubscribeLink($token: String!) {\n    savedSearchByUnsubscribeLink(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeSavedSearch($token: String!) {\n    unsubscribeSavedSearch(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeSavedSearch($token: String!) {\n    unsubscribeSavedSearch(token: $token) {\n      ...UnsubscribeLinkState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolSummary on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolSummary on School {\n    vestigingscode\n    name\n    sector\n    schoolType\n    address\n    postcode\n    city\n    municipality {\n      code\n      name\n    }\n  }\n"];
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