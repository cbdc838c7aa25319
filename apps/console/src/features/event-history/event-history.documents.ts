import { graphql } from '../../gql';

export const LookupEventsQuery = graphql(`
  query LookupEvents($first: Int!, $after: String, $eventName: String, $principal: String, $resourceArn: String, $startTime: DateTime, $endTime: DateTime) {
    lookupEvents(first: $first, after: $after, eventName: $eventName, principal: $principal, resourceArn: $resourceArn, startTime: $startTime, endTime: $endTime) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          eventId
          eventName
          eventTime
          eventSource
          username
          principalArn
          accessKeyId
          errorCode
          readOnly
          resources
          cloudTrailEvent
        }
      }
    }
  }
`);
