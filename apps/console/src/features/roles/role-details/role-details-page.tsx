'use client';

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
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../../components/console-layout/breadcrumbs';
import { formatDateTime, timeAgo } from '../../../components/time/time-ago';
import { roleDetailsHref } from '../role-href';
import { GetRoleQuery } from '../roles.documents';
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
  const instanceProfileArnItem = useInstanceProfileArnItem(roleName);

  if (error) return <ApiErrorFlashbar error={error} failedTo={`load role ${roleName}`} />;
  if (!role) return <Spinner size="large" />;

  return (
    <ContentLayout header={<Header variant="h1" description={role.description ?? undefined}>{role.roleName}</Header>}>
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
            { id: 'permissions', label: 'Permissions', content: <PermissionsTab role={role} /> },
            { id: 'trust-relationships', label: 'Trust relationships', content: <TrustRelationshipsTab role={role} /> },
            { id: 'tags', label: 'Tags', content: <TagsTab key={JSON.stringify(role.tags)} role={role} onSaved={refresh} /> },
            { id: 'revoke-sessions', label: 'Revoke sessions', content: <RevokeSessionsTab role={role} /> },
          ]}
        />
      </SpaceBetween>
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
