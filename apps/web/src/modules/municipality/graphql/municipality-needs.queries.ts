import { graphql } from '../../../generated/gql';

export const MUNICIPALITY_NEEDS_QUERY = graphql(`
  query MunicipalityNeeds($code: String!, $sector: SchoolSector) {
    municipalityNeeds(code: $code, sector: $sector) {
      schoolYear
      allProfiles
      interventionCodes
      need
      met
      unmet
      share
      schools {
        vestigingscode
        name
        schoolType
        location {
          lat
          lng
        }
        pupils
        source
        need
        unmet
        cells {
          interventionType
          status
          need
          unmet
        }
      }
      themes {
        interventionType
        need
        unmet
        share
        schoolsWithUnmet
      }
      comparison {
        own {
          label
          share
        }
        province {
          label
          share
        }
        national {
          label
          share
        }
        similar {
          label
          share
        }
        similarMunicipalities {
          code
          name
          share
        }
        similarRuleNl
        similarRuleEn
      }
      formulaNl
      formulaEn
    }
  }
`);

export const NEED_EXPLANATION_QUERY = graphql(`
  query MunicipalityNeedExplanation(
    $code: String!
    $vestigingscode: String!
    $interventionType: InterventionCode!
  ) {
    municipalityNeedExplanation(
      code: $code
      vestigingscode: $vestigingscode
      interventionType: $interventionType
    ) {
      need
      unmet
      status
      steps {
        code
        textNl
        textEn
      }
    }
  }
`);

export const RUN_SCENARIO_QUERY = graphql(`
  query RunScenario($input: ScenarioInput!) {
    runScenario(input: $input) {
      mode
      guarantee
      modeTextNl
      modeTextEn
      value
      unmetBefore
      unmetAfter
      shareBefore
      shareAfter
      spentEur
      steps {
        candidateIndex
        label
        interventionCodes
        gain
        cumulative
        costEur
        schoolsReached
      }
    }
  }
`);

export const SAVE_SCENARIO_MUTATION = graphql(`
  mutation SaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
    }
  }
`);

export const DELETE_SCENARIO_MUTATION = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id)
  }
`);

export const MUNICIPALITY_SCENARIOS_QUERY = graphql(`
  query MunicipalityScenarios($code: String!) {
    municipalityScenarios(code: $code) {
      id
      name
      budgetKind
      budget
      createdAt
      result {
        mode
        value
        shareBefore
        shareAfter
        spentEur
        steps {
          label
        }
      }
    }
  }
`);
