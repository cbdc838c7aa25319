'use client';

import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Textarea from '@cloudscape-design/components/textarea';

/** AWS's PermissionsBoundaryPolicyInputList: one boundary document, simulated instead of a stored boundary. */
export function PermissionsBoundaryPanel({ permissionsBoundary, onChange }: { permissionsBoundary: string; onChange: (permissionsBoundary: string) => void }) {
  return (
    <Container header={<Header variant="h2" description="The maximum permissions the identity-based policies can grant.">Permissions boundary</Header>}>
      <FormField
        label={<span>Permissions boundary policy <i>- optional</i></span>}
        description="Replaces the permissions boundary of the user or role simulated, if it has one."
      >
        <Textarea
          value={permissionsBoundary}
          rows={6}
          spellcheck={false}
          ariaLabel="Permissions boundary policy"
          placeholder='{ "Version": "2012-10-17", "Statement": [ … ] }'
          onChange={({ detail }) => onChange(detail.value)}
        />
      </FormField>
    </Container>
  );
}
