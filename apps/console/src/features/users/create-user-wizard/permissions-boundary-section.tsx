'use client';

import ExpandableSection from '@cloudscape-design/components/expandable-section';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { PermissionsBoundarySelect } from '../../identity-permissions/permissions-boundary-select';
import type { CreateUserState } from './wizard-state';

/** AWS's "Set permissions boundary - optional": open by itself when a boundary is chosen, so the choice stays in view. */
export function PermissionsBoundarySection({
  state,
  onChange,
  errorText,
}: {
  state: CreateUserState;
  onChange: (change: Partial<CreateUserState>) => void;
  errorText: string | undefined;
}) {
  return (
    <ExpandableSection
        variant="container"
        headerText="Set permissions boundary - optional"
        headerDescription="Use a managed policy to set the maximum permissions the user can have."
        defaultExpanded={state.useBoundary}
      >
        <SpaceBetween size="m">
          <RadioGroup
            value={state.useBoundary ? 'boundary' : 'none'}
            onChange={({ detail }) => onChange({ useBoundary: detail.value === 'boundary' })}
            items={[
              { value: 'none', label: 'Create user without a permissions boundary' },
              { value: 'boundary', label: 'Use a permissions boundary to control the maximum user permissions' },
            ]}
          />
          {state.useBoundary && (
            <PermissionsBoundarySelect policyArn={state.permissionsBoundaryArn} onChange={(permissionsBoundaryArn) => onChange({ permissionsBoundaryArn })} errorText={errorText} />
          )}
        </SpaceBetween>
    </ExpandableSection>
  );
}
