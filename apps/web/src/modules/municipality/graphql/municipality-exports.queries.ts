import { graphql } from '../../../generated/gql';

// The municipality pages' downloads, one query a file: the API makes the file (CSV as text
// with a BOM, XLSX as base64) and hooks/use-*-downloads.ts hand it to the browser.
export const MUNICIPALITY_COVERAGE_CSV_QUERY = graphql(`
  query MunicipalityCoverageCsv($code: String!, $sector: SchoolSector) {
    municipalityCoverageCsv(code: $code, sector: $sector)
  }
`);

export const MUNICIPALITY_COVERAGE_XLSX_QUERY = graphql(`
  query MunicipalityCoverageXlsx($code: String!, $sector: SchoolSector) {
    municipalityCoverageXlsx(code: $code, sector: $sector)
  }
`);

export const MUNICIPALITY_COALITIONS_CSV_QUERY = graphql(`
  query MunicipalityCoalitionsCsv($code: String!) {
    municipalityCoalitionsCsv(code: $code)
  }
`);

export const MUNICIPALITY_COALITIONS_XLSX_QUERY = graphql(`
  query MunicipalityCoalitionsXlsx($code: String!) {
    municipalityCoalitionsXlsx(code: $code)
  }
`);

export const MUNICIPALITY_NEEDS_CSV_QUERY = graphql(`
  query MunicipalityNeedsCsv($code: String!, $sector: SchoolSector) {
    municipalityNeedsCsv(code: $code, sector: $sector)
  }
`);

export const MUNICIPALITY_NEEDS_XLSX_QUERY = graphql(`
  query MunicipalityNeedsXlsx($code: String!, $sector: SchoolSector) {
    municipalityNeedsXlsx(code: $code, sector: $sector)
  }
`);

export const SCENARIO_CSV_QUERY = graphql(`
  query ScenarioCsv($id: ID!) {
    scenarioCsv(id: $id)
  }
`);

export const SCENARIOS_XLSX_QUERY = graphql(`
  query ScenariosXlsx($ids: [ID!]!) {
    scenariosXlsx(ids: $ids)
  }
`);
