import { graphql } from '../../../generated/gql';

export const APP_INFO_QUERY = graphql(`
  query AppInfo {
    appInfo {
      version
      demoData
      map {
        tileUrl
        attribution
      }
      sources {
        name
        description
        licence
        url
      }
    }
  }
`);
