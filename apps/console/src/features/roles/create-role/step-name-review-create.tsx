'use client';

import { nameConstraint, nameRules } from '@gatehouse/iam-names';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import { JsonPolicyEditor } from '../../policies/policy-editor/json/json-policy-editor';
import { MAX_SESSION_DURATIONS, roleDescriptionError, roleNameError, type CreateRoleState } from './create-role-state';

/** AWS: up to 50 tags on a role. */
const TAG_LIMIT = 50;

/** Last step of Create role: name, description, session duration, the trust policy as it will be saved, and tags. */
export function StepNameReviewCreate({
  state,
  trustPolicy,
  onChange,
  showErrors,
}: {
  state: CreateRoleState;
  trustPolicy: string;
  onChange: (change: Partial<CreateRoleState>) => void;
  showErrors: boolean;
}) {
  const duration = MAX_SESSION_DURATIONS.find((d) => d.seconds === state.maxSessionDuration) ?? MAX_SESSION_DURATIONS[0]!;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Role details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Role name"
            description="Enter a meaningful name to identify this role."
            constraintText={nameConstraint(nameRules.roleName)}
            errorText={showErrors || state.roleName !== '' ? roleNameError(state.roleName) : undefined}
          >
            <Input value={state.roleName} onChange={({ detail }) => onChange({ roleName: detail.value })} placeholder="Enter a role name" />
          </FormField>
          <FormField
            label={<span>Description <i>- optional</i></span>}
            description="Add a short explanation for this role."
            constraintText="Maximum 1000 characters."
            errorText={showErrors ? roleDescriptionError(state.description) : undefined}
          >
            <Textarea value={state.description} rows={2} onChange={({ detail }) => onChange({ description: detail.value })} />
          </FormField>
          <FormField label="Maximum session duration" description="How long a session of this role may last.">
            <Select
              selectedOption={{ value: String(duration.seconds), label: duration.label }}
              options={MAX_SESSION_DURATIONS.map((d) => ({ value: String(d.seconds), label: d.label }))}
              onChange={({ detail }) => onChange({ maxSessionDuration: Number(detail.selectedOption.value) })}
            />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2" description="The trust policy the role is created with.">Step 1: Select trusted entities</Header>}>
        <JsonPolicyEditor value={trustPolicy} onChange={() => undefined} kind="trust" readOnly />
      </Container>
      <Container header={<Header variant="h2" counter={`(${state.policyArns.length})`}>Step 2: Add permissions</Header>}>
        {state.policyArns.length === 0 ? (
          <Box color="text-status-inactive">No policies: sessions of the role will be allowed nothing until a policy is attached.</Box>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="role-review-policies">
            {state.policyArns.map((arn) => (
              <li key={arn}>{arn.slice(arn.lastIndexOf('/') + 1)}</li>
            ))}
          </ul>
        )}
      </Container>
      <Container
        header={
          <Header variant="h2" description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources.">
            Add tags <i>- optional</i>
          </Header>
        }
      >
        <TagEditor
          tags={state.tags.map((tag) => ({ ...tag, existing: false }))}
          tagLimit={TAG_LIMIT}
          onChange={({ detail }) => onChange({ tags: detail.tags.filter((t) => !t.markedForRemoval).map(({ key, value }) => ({ key, value: value ?? '' })) })}
        />
      </Container>
    </SpaceBetween>
  );
}
