'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { UserPermissionsQuery } from '../../users.documents';
import { userPolicyRows, type UserPolicyRow } from '../user-permissions';

/**
 * Permissions policies: attached and inline, directly and through groups, and the permissions boundary. Adding and
 * removing policies waits for the API's AttachUserPolicy, DetachUserPolicy, PutUserPolicy and DeleteUserPolicy.
 */
export function PermissionsTab({ userName, permissionsBoundaryArn }: { userName: string; permissionsBoundaryArn: string | undefined }) {
  const [result] = useQuery({ query: UserPermissionsQuery, requestPolicy: 'cache-and-network' });
  const rows = useMemo(() => (result.data ? userPolicyRows(result.data.getAccountAuthorizationDetails, userName) : []), [result.data, userName]);
  const { items, collectionProps, filterProps } = useCollection<UserPolicyRow>(rows, {
    filtering: {
      empty: <Box textAlign="center">No policies: the user has no permissions.</Box>,
      noMatch: <Box textAlign="center">No policies match the filter.</Box>,
    },
    sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
  });
  return (
    <SpaceBetween size="l">
      {result.error && <ApiErrorFlashbar error={result.error} failedTo="load the user's permissions" />}
      <Table<UserPolicyRow>
        {...collectionProps}
        items={items}
        loading={result.fetching && !result.data}
        loadingText="Loading permissions"
        header={
          <Header counter={`(${rows.length})`} description="Permissions are defined by policies attached to the user directly or through groups.">
            Permissions policies
          </Header>
        }
        filter={<TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter policies" />}
        columnDefinitions={[
          { id: 'policyName', header: 'Policy name', cell: (row) => row.policyName, sortingField: 'policyName', isRowHeader: true },
          { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
          { id: 'attachedVia', header: 'Attached via', cell: (row) => row.attachedVia, sortingField: 'attachedVia' },
        ]}
      />
      <Container header={<Header variant="h2" description="Set a managed policy that controls the maximum permissions this user can have.">Permissions boundary</Header>}>
        <KeyValuePairs items={[{ label: 'Permissions boundary', value: permissionsBoundaryArn ?? 'Permissions boundary (not set)' }]} />
      </Container>
    </SpaceBetween>
  );
}
