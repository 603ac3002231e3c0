import { graphql } from '../../../generated/gql';

// The corners of one offering's drawn areas, for a map that shows that offering: lists of
// many offerings leave them out (see CoverageAreaOutline).
export const OFFERING_POLYGONS_QUERY = graphql(`
  query OfferingPolygons($id: ID!) {
    offering(id: $id) {
      id
      coverage {
        id
        geometry
      }
    }
  }
`);
