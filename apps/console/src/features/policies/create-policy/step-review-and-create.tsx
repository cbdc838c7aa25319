'use client';

import { nameConstraint, nameRules } from '@gatehouse/iam-names';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import { PermissionsSummaryTable } from './permissions-summary-table';
import { descriptionError, policyNameError, type CreatePolicyState } from './wizard-state';

/** AWS: up to 50 tags on a managed policy. */
const TAG_LIMIT = 50;

export function StepReviewAndCreate({
  state,
  onChange,
  showErrors,
}: {
  state: CreatePolicyState;
  onChange: (change: Partial<CreatePolicyState>) => void;
  /** Field errors appear once the person has tried to create the policy, as in AWS's console. */
  showErrors: boolean;
}) {
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Policy details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Policy name"
            description="Enter a meaningful name to identify this policy."
            constraintText={nameConstraint(nameRules.policyName)}
            errorText={showErrors || state.policyName !== '' ? policyNameError(state.policyName) : undefined}
          >
            <Input value={state.policyName} onChange={({ detail }) => onChange({ policyName: detail.value })} placeholder="Enter a policy name" />
          </FormField>
          <FormField
            label={<span>Description <i>- optional</i></span>}
            description="Add a short explanation for this policy."
            constraintText="Maximum 1,000 characters."
            errorText={showErrors ? descriptionError(state.description) : undefined}
          >
            <Textarea value={state.description} onChange={({ detail }) => onChange({ description: detail.value })} rows={3} />
          </FormField>
        </SpaceBetween>
      </Container>
      <PermissionsSummaryTable policyDocument={state.policyDocument} />
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
          onChange={({ detail }) =>
            onChange({ tags: detail.tags.filter((t) => !t.markedForRemoval).map(({ key, value }) => ({ key, value: value ?? '' })) })
          }
        />
      </Container>
    </SpaceBetween>
  );
}
