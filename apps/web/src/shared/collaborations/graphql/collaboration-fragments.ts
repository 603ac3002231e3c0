import { graphql } from '../../../generated/gql';

// What a list of collaborations shows of each (the collaborations pages and the municipality's
// coalitions); the collaborations pages add the rest of the record next to
// `...CollaborationSummary`. Records are normalised by `id`, which this selection keeps.
export const COLLABORATION_SUMMARY_FRAGMENT = graphql(`
  fragment CollaborationSummary on CollaborationRecord {
    id
    title
    status
    startsOn
    endsOn
    contactRequestId
    contactRequestReference
    schools {
      vestigingscode
      name
    }
    partners {
      organisationId
      name
    }
  }
`);
