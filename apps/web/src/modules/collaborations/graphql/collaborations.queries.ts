import { graphql } from '../../../generated/gql';

export const COLLABORATION_FIELDS = graphql(`
  fragment CollaborationFields on CollaborationRecord {
    ...CollaborationSummary
    schoolYears
    goals
    schoolBoard
    municipalityCode
    canEdit
    createdBy
    createdAt
    interventionCodes
    funding {
      routeCode
      fundName
      amountEur
      validFrom
      validUntil
    }
    fundingWarnings {
      kind
      routeCode
      date
      nl
      en
    }
    history {
      fromStatus
      toStatus
      note
      changedBy
      changedAt
    }
    monitoring {
      schoolYear
      pupilsReached
      groupsReached
      sessionsDelivered
      hoursDelivered
      goalAttainment
      evaluationNote
      evidenceUrl
      updatedBy
      updatedAt
    }
  }
`);

// The funding-route catalogue that the record form offers and the record detail names.
export const COLLABORATION_FUNDING_ROUTE = graphql(`
  fragment CollaborationFundingRoute on FundingRoute {
    code
    nl
    en
    needsName
    ended
  }
`);

export const MY_COLLABORATIONS_QUERY = graphql(`
  query MyCollaborations {
    collaborations {
      ...CollaborationFields
    }
    fundingRoutes {
      ...CollaborationFundingRoute
    }
  }
`);

export const COLLABORATION_QUERY = graphql(`
  query CollaborationRecord($id: ID!) {
    collaboration(id: $id) {
      ...CollaborationFields
    }
    fundingRoutes {
      ...CollaborationFundingRoute
    }
  }
`);

export const CREATE_COLLABORATION_MUTATION = graphql(`
  mutation CreateCollaboration($input: CreateCollaborationInput!) {
    createCollaboration(input: $input) {
      ...CollaborationFields
    }
  }
`);

export const UPDATE_COLLABORATION_MUTATION = graphql(`
  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {
    updateCollaboration(input: $input) {
      ...CollaborationFields
    }
  }
`);

export const SET_COLLABORATION_STATUS_MUTATION = graphql(`
  mutation SetCollaborationStatus($id: ID!, $status: CollaborationStatus!, $note: String) {
    setCollaborationStatus(collaborationId: $id, status: $status, note: $note) {
      ...CollaborationFields
    }
  }
`);

export const RECORD_MONITORING_MUTATION = graphql(`
  mutation RecordCollaborationMonitoring($input: CollaborationMonitoringInput!) {
    recordCollaborationMonitoring(input: $input) {
      ...CollaborationFields
    }
  }
`);

// An accepted contact request as the records page lists it, to start a record from.
export const ACCEPTED_REQUEST_FIELDS = graphql(`
  fragment AcceptedRequestFields on ContactRequestDetail {
    id
    reference
    status
    vestigingscode
    schoolName
    offeringTitle
    offeringInterventionCodes
    organisationId
    organisationName
  }
`);

// Only the accepted requests (the statuses a record starts from): asked of the API, so an
// accepted request older than the newest 500 requests is still there to start a record from.
// The API lists 500 at a time: with the total the page says how many there are, and asks for
// the next 500 when the user wants them ("Meer aanvragen laden"): `before` is the id of the last
// request loaded, so a request that leaves the list meanwhile does not shift the next page.
export const ACCEPTED_FOR_SCHOOL_QUERY = graphql(`
  query AcceptedRequestsForSchool(
    $vestigingscode: String!
    $statuses: [ContactRequestStatus!]!
    $before: ID
  ) {
    schoolContactRequests(vestigingscode: $vestigingscode, statuses: $statuses, before: $before) {
      ...AcceptedRequestFields
    }
    schoolContactRequestsTotal(vestigingscode: $vestigingscode, statuses: $statuses)
  }
`);

export const ACCEPTED_FOR_PARTNER_QUERY = graphql(`
  query AcceptedRequestsForPartner($statuses: [ContactRequestStatus!]!, $before: ID) {
    contactRequestInbox(statuses: $statuses, before: $before) {
      ...AcceptedRequestFields
    }
    contactRequestInboxTotal(statuses: $statuses)
  }
`);

// An LEA agreement as the agreements page lists it; saving answers with the same fields.
export const LEA_AGREEMENT_FIELDS = graphql(`
  fragment LeaAgreementFields on LeaAgreement {
    id
    title
    startsOn
    endsOn
    themes {
      interventionCode
      goal
    }
  }
`);

export const LEA_AGREEMENTS_QUERY = graphql(`
  query LeaAgreements($code: String!) {
    leaAgreements(municipalityCode: $code) {
      ...LeaAgreementFields
    }
    municipality(code: $code) {
      code
      name
    }
  }
`);

export const SAVE_LEA_AGREEMENT_MUTATION = graphql(`
  mutation SaveLeaAgreement($input: LeaAgreementInput!) {
    saveLeaAgreement(input: $input) {
      ...LeaAgreementFields
    }
  }
`);

export const DELETE_LEA_AGREEMENT_MUTATION = graphql(`
  mutation DeleteLeaAgreement($id: ID!) {
    deleteLeaAgreement(id: $id)
  }
`);

export const LEA_AGREEMENT_COVERAGE_QUERY = graphql(`
  query LeaAgreementCoverage($id: ID!) {
    leaAgreementCoverage(agreementId: $id) {
      schools
      agreement {
        id
        title
      }
      themes {
        interventionCode
        goal
        covered {
          vestigingscode
          name
          collaborations {
            id
            title
          }
        }
        uncovered {
          vestigingscode
          name
        }
        notApplicable {
          vestigingscode
          name
        }
      }
    }
  }
`);

export const MUNICIPALITY_MONITORING_QUERY = graphql(`
  query MunicipalityMonitoring($code: String!, $year: String) {
    municipalityMonitoring(municipalityCode: $code, schoolYear: $year) {
      collaborations
      themes {
        interventionCode
        collaborations
        entries
        pupilsReached
        groupsReached
        hoursDelivered
        goalsMet
        goalsPartlyMet
        goalsNotMet
      }
    }
  }
`);

export const MUNICIPALITY_MONITORING_CSV_QUERY = graphql(`
  query MunicipalityMonitoringCsv($code: String!, $year: String) {
    municipalityMonitoringCsv(municipalityCode: $code, schoolYear: $year)
  }
`);
