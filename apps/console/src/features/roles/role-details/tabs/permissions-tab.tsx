'use client';

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import { useRouter } from 'next/navigation';
import { policyDetailsHref, policyType } from '../../../policies/policies-table/policy-row';
import type { RoleDetails } from '../role-details';

/** The managed policies attached to the role, and the permissions boundary if one is set. */
export function PermissionsTab({ role }: { role: RoleDetails }) {
  const router = useRouter();
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={`(${role.attachedPolicies.length})`} description="You can attach up to 10 managed policies.">
          Permissions policies
        </Header>
      }
      items={role.attachedPolicies}
      trackBy="arn"
      columnDefinitions={[
        {
          id: 'policyName',
          header: 'Policy name',
          isRowHeader: true,
          cell: (policy) => (
            <Link
              href={policyDetailsHref(policy.arn)}
              onFollow={(event) => {
                event.preventDefault();
                router.push(policyDetailsHref(policy.arn));
              }}
            >
              {policy.policyName}
            </Link>
          ),
        },
        { id: 'type', header: 'Type', cell: (policy) => policyType(policy.arn) },
        { id: 'description', header: 'Description', cell: (policy) => policy.description ?? '-' },
      ]}
      footer={role.permissionsBoundary ? <Box>Permissions boundary: {role.permissionsBoundary.permissionsBoundaryArn}</Box> : undefined}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No permissions policies</b>
          <Box variant="p" color="inherit">
            Sessions of this role are allowed nothing.
          </Box>
        </Box>
      }
    />
  );
}
