import { graphql } from '../../../generated/gql';

// Where an organisation stands with verification: what the admin's verify answers and what the
// partner sees after signing up. Organisation is normalised by `id`, which this selection keeps.
export const ORGANISATION_VERIFICATION_FRAGMENT = graphql(`
  fragment OrganisationVerification on Organisation {
    id
    name
    status
    verifiedAt
  }
`);
