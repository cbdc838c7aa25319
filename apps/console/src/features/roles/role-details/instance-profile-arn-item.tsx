'use client';

import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { KeyValuePairsProps } from '@cloudscape-design/components/key-value-pairs';
import { useQuery } from 'urql';
import { apiErrorHeader, apiErrorOf } from '../../../graphql/api-error';
import { ListInstanceProfilesForRoleQuery } from './role-instance-profiles.documents';

/**
 * The Summary's "Instance profile ARN" item: AWS's console shows it only for a role some instance profile holds
 * (an EC2 role). A failed read is said in the item, so that the rest of the page still shows.
 */
export function useInstanceProfileArnItem(roleName: string): KeyValuePairsProps.Item | null {
  const [{ data, error }] = useQuery({ query: ListInstanceProfilesForRoleQuery, variables: { roleName } });
  const label = 'Instance profile ARN';
  if (error) return { label, value: <Box color="text-status-error">{apiErrorHeader(apiErrorOf(error), 'list instance profiles')}</Box> };
  const arns = data?.listInstanceProfilesForRole.edges.map((edge) => edge.node.arn) ?? [];
  if (arns.length === 0) return null;
  return {
    label,
    value: (
      <SpaceBetween size="xxs">
        {arns.map((arn) => (
          <span key={arn}>{arn}</span>
        ))}
      </SpaceBetween>
    ),
  };
}
