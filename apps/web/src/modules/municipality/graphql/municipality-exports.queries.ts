import { graphql } from '../../../generated/gql';

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
