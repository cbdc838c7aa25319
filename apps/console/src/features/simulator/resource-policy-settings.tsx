'use client';

import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { SimulationSettings } from './simulation-settings';

type ResourceSettings = Pick<SimulationSettings, 'resourcePolicy' | 'callerArn' | 'resourceOwner'>;

/** AWS SimulateCustomPolicy / SimulatePrincipalPolicy's ResourcePolicy, CallerArn and ResourceOwner. */
export function ResourcePolicySettings({ settings, onChange }: { settings: ResourceSettings; onChange: (change: Partial<ResourceSettings>) => void }) {
  return (
    <SpaceBetween size="l">
      <FormField
        label={<span>Resource-based policy <i>- optional</i></span>}
        description="A policy attached to every simulated resource, such as an S3 bucket policy. Its Principal is matched against the caller."
      >
        <Textarea
          value={settings.resourcePolicy}
          rows={6}
          spellcheck={false}
          ariaLabel="Resource-based policy"
          placeholder='{ "Version": "2012-10-17", "Statement": [ { "Principal": … } ] }'
          onChange={({ detail }) => onChange({ resourcePolicy: detail.value })}
        />
      </FormField>
      <FormField
        label={<span>Caller ARN <i>- optional</i></span>}
        description="Who makes the simulated requests. Defaults to the user simulated; required with a resource-based policy otherwise."
      >
        <Input value={settings.callerArn} ariaLabel="Caller ARN" placeholder="arn:aws:iam::123456789012:user/name" onChange={({ detail }) => onChange({ callerArn: detail.value })} />
      </FormField>
      <FormField label={<span>Resource owner <i>- optional</i></span>} description="The account that owns the simulated resources. Defaults to this account.">
        <Input value={settings.resourceOwner} ariaLabel="Resource owner" inputMode="numeric" placeholder="123456789012" onChange={({ detail }) => onChange({ resourceOwner: detail.value })} />
      </FormField>
    </SpaceBetween>
  );
}
