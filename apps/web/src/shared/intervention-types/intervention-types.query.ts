import { graphql } from '../../generated/gql';

export const INTERVENTION_TYPES_QUERY = graphql(`
  query FinderInterventionTypes {
    interventionTypes {
      code
      labelNl
      labelEn
      descriptionNl
      descriptionEn
      evidenceNoteNl
      evidenceNoteEn
      sortOrder
    }
  }
`);
