'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../../components/console-layout/notifications';
import { DeleteConfirmationModal } from '../../../components/delete-confirmation-modal';
import { formatDateTime, timeAgo } from '../../../components/time/time-ago';
import { roleDetailsHref } from '../role-href';
import { DeleteRoleMutation, GetRoleQuery } from '../roles.documents';
import { trustedEntities } from '../trusted-entities';
import { sessionDurationText } from './edit-role';
import { EditRoleModal } from './edit-role-modal';
import { useInstanceProfileArnItem } from './instance-profile-arn-item';
import { roleDetailTab, type RoleDetailTab } from './role-details';
import { PermissionsTab } from './tabs/permissions-tab';
import { RevokeSessionsTab } from './tabs/revoke-sessions-tab';
import { TagsTab } from './tabs/tags-tab';
import { TrustRelationshipsTab } from './tabs/trust-relationships-tab';

/** A role: summary, then Permissions, Trust relationships, Tags and Revoke sessions; the tab is kept in ?tab=. */
export function RoleDetailsPage({ roleName }: { roleName: string }) {
  const breadcrumbs = useMemo(
    () => [
      { text: 'IAM', href: '/' },
      { text: 'Roles', href: '/roles' },
      { text: roleName, href: roleDetailsHref(roleName) },
    ],
    [roleName],
  );
  usePageBreadcrumbs(breadcrumbs);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = roleDetailTab(searchParams.get('tab'));
  const [{ data, error }, reexecute] = useQuery({ query: GetRoleQuery, variables: { roleName } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const role = data?.getRole;
  const [editing, setEditing] = useState(false);
  const [deleteVisible, setDeleteVisible] = useState(false);
  const [deleted, deleteRole] = useMutation(DeleteRoleMutation);
  const { notify } = useNotifications();
  const instanceProfileArnItem = useInstanceProfileArnItem(roleName);

  if (error) return <ApiErrorFlashbar error={error} failedTo={`load role ${roleName}`} />;
  if (!role) return <Spinner size="large" />;

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={role.description ?? undefined} actions={<Button onClick={() => setDeleteVisible(true)}>Delete</Button>}>
          {role.roleName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2" actions={<Button onClick={() => setEditing(true)}>Edit</Button>}>Summary</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Creation date', value: formatDateTime(role.createDate) },
              { label: 'ARN', value: role.arn },
              { label: 'Last activity', value: timeAgo(role.roleLastUsed.lastUsedDate, new Date()) },
              { label: 'Maximum session duration', value: sessionDurationText(role.maxSessionDuration) },
              { label: 'Trusted entities', value: trustedEntities(role.assumeRolePolicyDocument).join(', ') || '-' },
              { label: 'Path', value: role.path },
              ...(instanceProfileArnItem ? [instanceProfileArnItem] : []),
            ]}
          />
        </Container>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => router.replace(`${pathname}?tab=${detail.activeTabId as RoleDetailTab}`, { scroll: false })}
          tabs={[
            { id: 'permissions', label: 'Permissions', content: <PermissionsTab role={role} onChanged={refresh} /> },
            { id: 'trust-relationships', label: 'Trust relationships', content: <TrustRelationshipsTab role={role} /> },
            { id: 'tags', label: 'Tags', content: <TagsTab key={JSON.stringify(role.tags)} role={role} onSaved={refresh} /> },
            { id: 'revoke-sessions', label: 'Revoke sessions', content: <RevokeSessionsTab role={role} /> },
          ]}
        />
      </SpaceBetween>
      <DeleteConfirmationModal
        visible={deleteVisible}
        header={`Delete ${roleName}?`}
        deleting={deleted.fetching}
        onDismiss={() => setDeleteVisible(false)}
        onDelete={async () => {
          const outcome = await deleteRole({ input: { roleName } });
          if (outcome.error) return;
          notify({ type: 'success', content: `Role ${roleName} deleted.` });
          router.push('/roles');
        }}
      >
        <Box variant="p">
          Permanently delete <b>{roleName}</b>? Anyone who assumes it loses access, and sessions already issued stop working. AWS deletes a role only
          once its policies are detached or deleted and it is removed from its instance profiles.
        </Box>
        {deleted.error && <ApiErrorFlashbar error={deleted.error} failedTo={`delete ${roleName}`} />}
      </DeleteConfirmationModal>
      {editing && (
        <EditRoleModal
          role={role}
          onDismiss={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
    </ContentLayout>
  );
}
