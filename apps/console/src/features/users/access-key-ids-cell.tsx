'use client';

import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from 'urql';
import { AccessKeysQuery } from './users.documents';

/**
 * The "Access key ID" column: the user's keys with their status, as AWS lists them. The credential report has no key
 * IDs, so each shown row asks ListAccessKeys, and only while the column is shown (a hidden column renders no cells).
 */
export function AccessKeyIdsCell({ userName }: { userName: string }) {
  const [{ data, error, fetching }] = useQuery({ query: AccessKeysQuery, variables: { userName } });
  if (fetching && !data) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (error) return <>-</>;
  const keys = data?.listAccessKeys.edges.map((edge) => edge.node) ?? [];
  if (keys.length === 0) return <>-</>;
  return (
    <>
      {keys.map((key) => (
        <div key={key.accessKeyId}>
          {key.accessKeyId} - {key.status}
        </div>
      ))}
    </>
  );
}
