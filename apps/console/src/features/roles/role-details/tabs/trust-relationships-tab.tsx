'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useRouter } from 'next/navigation';
import { JsonPolicyEditor } from '../../../policies/policy-editor/json/json-policy-editor';
import { trustedEntities } from '../../trusted-entities';
import type { RoleDetails } from '../role-details';

/** The trust policy, read-only; "Edit trust policy" opens it in the policy editors. */
export function TrustRelationshipsTab({ role }: { role: RoleDetails }) {
  const router = useRouter();
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`Entities that can assume this role under specified conditions: ${trustedEntities(role.assumeRolePolicyDocument).join(', ') || 'none'}.`}
          actions={<Button onClick={() => router.push(`/roles/${encodeURIComponent(role.roleName)}/trust-policy/edit`)}>Edit trust policy</Button>}
        >
          Trusted entities
        </Header>
      }
    >
      <JsonPolicyEditor value={role.assumeRolePolicyDocument} onChange={() => undefined} kind="trust" readOnly />
    </Container>
  );
}
