'use client';

import { nameConstraint, nameRules, nameViolation } from '@gatehouse/iam-names';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../components/console-layout/notifications';
import { AddUserToGroupMutation, ListUsersQuery } from '../users/users.documents';
import { CreateGroupMutation } from './groups.documents';
import { useWholeList } from '../../components/lists/use-whole-list';
import { AttachGroupPolicyMutation } from '../policies/policies.documents';
import { PoliciesPicker } from '../identity-permissions/policies-picker';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'User groups', href: '/groups' },
  { text: 'Create user group', href: '/groups/create' },
];

export function CreateGroupPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const client = useClient();
  const { notify } = useNotifications();
  const [groupName, setGroupName] = useState('');
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const usersResult = useWholeList(ListUsersQuery, { first: 1000 }, (data) => data.listUsers);
  const users = usersResult.items;
  const { items, collectionProps, filterProps, paginationProps } = useCollection(users, {
    filtering: { empty: 'No users', noMatch: 'No users match the filter.' },
    pagination: { pageSize: 10 },
    sorting: {},
    selection: { trackBy: 'userName' },
  });
  const nameError = tried || groupName !== '' ? nameViolation(nameRules.groupName, groupName) : undefined;

  const create = async () => {
    setTried(true);
    if (nameViolation(nameRules.groupName, groupName)) return;
    setCreating(true);
    setError(undefined);
    const created = await client.mutation(CreateGroupMutation, { input: { groupName } }).toPromise();
    if (created.error) {
      setCreating(false);
      return setError(created.error);
    }
    for (const user of collectionProps.selectedItems ?? []) {
      const added = await client.mutation(AddUserToGroupMutation, { input: { groupName, userName: user.userName } }).toPromise();
      if (added.error) {
        setCreating(false);
        notify({ type: 'warning', content: `User group ${groupName} created, but adding ${user.userName} failed: ${added.error.graphQLErrors[0]?.message ?? added.error.message}` });
        return router.push(`/groups/${encodeURIComponent(groupName)}`);
      }
    }
    for (const policyArn of policyArns) {
      const attached = await client.mutation(AttachGroupPolicyMutation, { input: { groupName, policyArn } }).toPromise();
      if (attached.error) {
        setCreating(false);
        notify({ type: 'warning', content: `User group ${groupName} created, but attaching ${policyArn} failed: ${attached.error.graphQLErrors[0]?.message ?? attached.error.message}` });
        return router.push(`/groups/${encodeURIComponent(groupName)}?tab=permissions`);
      }
    }
    notify({ type: 'success', content: `${groupName} user group created.` });
    router.push(`/groups/${encodeURIComponent(groupName)}`);
  };

  return (
    <ContentLayout header={<Header variant="h1">Create user group</Header>}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Form
          errorText={error && <ApiErrorFlashbar error={error} failedTo={`create user group ${groupName}`} />}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={() => router.push('/groups')}>
                Cancel
              </Button>
              <Button variant="primary" loading={creating}>
                Create user group
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Name the group</Header>}>
              <FormField label="User group name" constraintText={nameConstraint(nameRules.groupName)} errorText={nameError}>
                <Input value={groupName} onChange={({ detail }) => setGroupName(detail.value)} autoFocus />
              </FormField>
            </Container>
            <Table
              {...collectionProps}
              items={items}
              selectionType="multi"
              loading={usersResult.fetching}
              loadingText="Loading users"
              ariaLabels={{ itemSelectionLabel: (_, user) => `Select ${user.userName}`, allItemsSelectionLabel: () => 'Select all users', selectionGroupLabel: 'Users' }}
              header={
                <Header counter={`(${collectionProps.selectedItems?.length ?? 0}/${users.length})`} description="An IAM user can be a member of up to 10 groups.">
                  Add users to the group - optional
                </Header>
              }
              filter={<TextFilter {...filterProps} filteringPlaceholder="Search" filteringAriaLabel="Filter users" />}
              pagination={<Pagination {...paginationProps} />}
              columnDefinitions={[
                { id: 'userName', header: 'User name', cell: (user) => user.userName, sortingField: 'userName', isRowHeader: true },
                { id: 'groups', header: 'Groups', cell: (user) => user.groups.length },
                { id: 'path', header: 'Path', cell: (user) => user.path },
              ]}
            />
            <PoliciesPicker
              selectedArns={policyArns}
              onChange={setPolicyArns}
              description="Attach permissions policies - optional. Every user in the group gets these permissions; you can attach up to 10."
            />
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
