'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PermissionsSummaryTable } from '../../create-policy/permissions-summary-table';
import { JsonPolicyEditor } from '../../policy-editor/json/json-policy-editor';
import { policyType } from '../../policies-table/policy-row';
import type { PolicyDetails } from '../policy-details';

/** The default version, as a summary or as JSON, read-only; "Edit" opens the editors to make a new version. */
export function PermissionsTab({ policy }: { policy: PolicyDetails }) {
  const router = useRouter();
  const [view, setView] = useState<'summary' | 'json'>('summary');
  const editable = policyType(policy.arn) === 'Customer managed';
  const actions = (
    <SpaceBetween direction="horizontal" size="xs">
      <SegmentedControl
        label="Permissions view"
        selectedId={view}
        options={[
          { id: 'summary', text: 'Summary' },
          { id: 'json', text: 'JSON' },
        ]}
        onChange={({ detail }) => setView(detail.selectedId as 'summary' | 'json')}
      />
      {editable && <Button onClick={() => router.push(`/policies/details/${encodeURIComponent(policy.arn)}/edit`)}>Edit</Button>}
    </SpaceBetween>
  );
  if (view === 'summary') return <PermissionsSummaryTable policyDocument={policy.defaultVersion.document} actions={actions} />;
  return (
    <Container header={<Header variant="h2" actions={actions}>Permissions defined in this policy</Header>}>
      <JsonPolicyEditor value={policy.defaultVersion.document} onChange={() => undefined} kind="identity" readOnly />
    </Container>
  );
}
