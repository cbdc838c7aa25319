'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { useTabInUrl } from '../../../components/navigation/use-tab-in-url';
import { formatDateTime } from '../../../components/time/time-ago';
import { DeleteUsersModal } from '../delete-users-modal';
import { UserQuery } from '../users.documents';
import { GroupsTab } from './tabs/groups-tab';
import { PermissionsTab } from './tabs/permissions-tab';
import { SecurityCredentialsTab } from './tabs/security-credentials-tab';
import { TagsTab } from './tabs/tags-tab';

const TABS = ['permissions', 'groups', 'tags', 'security-credentials'] as const;
type UserTab = (typeof TABS)[number];

export function UserDetailsPage({ userName }: { userName: string }) {
  const router = useRouter();
  const { notify } = useNotifications();
  const [result] = useQuery({ query: UserQuery, variables: { userName } });
  const [tab, setTab] = useTabInUrl<UserTab>(TABS, 'permissions');
  const [deleteVisible, setDeleteVisible] = useState(false);
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Users', href: '/users' },
      { text: userName, href: `/users/${encodeURIComponent(userName)}` },
    ],
    [userName],
  );
  usePageBreadcrumbs(breadcrumbs);
  const user = result.data?.getUser;

  return (
    <ContentLayout
      header={
        <Header variant="h1" actions={<Button onClick={() => setDeleteVisible(true)}>Delete</Button>}>
          {userName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {result.error && <ApiErrorFlashbar error={result.error} failedTo={`load user ${userName}`} />}
        <Container header={<Header variant="h2">Summary</Header>}>
          {result.fetching && !user ? (
            <Spinner />
          ) : (
            user && (
              <KeyValuePairs
                columns={3}
                items={[
                  { label: 'ARN', value: <CopyToClipboard variant="inline" textToCopy={user.arn} copySuccessText="ARN copied" copyErrorText="ARN failed to copy" /> },
                  { label: 'Created', value: formatDateTime(user.createDate) },
                  { label: 'Last console sign-in', value: user.passwordLastUsed ? formatDateTime(user.passwordLastUsed) : 'Never' },
                  { label: 'Path', value: user.path },
                  { label: 'User ID', value: user.userId },
                  { label: 'Permissions boundary', value: user.permissionsBoundary?.permissionsBoundaryArn ?? 'Not set' },
                ]}
              />
            )
          )}
        </Container>
        {user && (
          <Tabs
            activeTabId={tab}
            onChange={({ detail }) => setTab(detail.activeTabId as UserTab)}
            tabs={[
              { id: 'permissions', label: 'Permissions', content: <PermissionsTab userName={userName} userArn={user.arn} permissionsBoundaryArn={user.permissionsBoundary?.permissionsBoundaryArn} /> },
              { id: 'groups', label: 'Groups', content: <GroupsTab userName={userName} /> },
              { id: 'tags', label: `Tags (${user.tags.length})`, content: <TagsTab userName={userName} tags={user.tags} /> },
              { id: 'security-credentials', label: 'Security credentials', content: <SecurityCredentialsTab userName={userName} passwordLastUsed={user.passwordLastUsed} /> },
            ]}
          />
        )}
      </SpaceBetween>
      <DeleteUsersModal
        visible={deleteVisible}
        userNames={[userName]}
        onDismiss={() => setDeleteVisible(false)}
        onDeleted={() => {
          notify({ type: 'success', content: `User ${userName} deleted.` });
          router.push('/users');
        }}
      />
    </ContentLayout>
  );
}
