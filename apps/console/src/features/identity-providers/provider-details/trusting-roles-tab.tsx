'use client';

import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { useWholeList } from '../../../components/lists/use-whole-list';
import { roleDetailsHref } from '../../roles/role-href';
import { ListRolesQuery } from '../../roles/roles.documents';
import { rolesTrustingProvider } from '../roles-trusting-provider';

/** The roles whose trust policy names the provider, read from every role's trust policy. */
export function TrustingRolesTab({ providerArn }: { providerArn: string }) {
  const router = useRouter();
  const { items, fetching, error } = useWholeList(ListRolesQuery, { first: 1000 }, (data) => data.listRoles);
  const roles = useMemo(() => rolesTrustingProvider(items, providerArn), [items, providerArn]);
  if (error) return <ApiErrorFlashbar error={error} failedTo="list the roles" />;
  return (
    <Table
      items={roles}
      trackBy="arn"
      loading={fetching && items.length === 0}
      loadingText="Loading roles"
      header={
        <Header variant="h2" counter={`(${roles.length})`} description="Roles whose trust policy lets this provider's tokens assume them.">
          Roles
        </Header>
      }
      columnDefinitions={[
        {
          id: 'roleName',
          header: 'Role name',
          isRowHeader: true,
          cell: (role) => (
            <Link
              href={roleDetailsHref(role.roleName, 'trust-relationships')}
              onFollow={(event) => {
                event.preventDefault();
                router.push(roleDetailsHref(role.roleName, 'trust-relationships'));
              }}
            >
              {role.roleName}
            </Link>
          ),
        },
        { id: 'arn', header: 'ARN', cell: (role) => role.arn },
      ]}
      empty="No role trusts this provider"
    />
  );
}
