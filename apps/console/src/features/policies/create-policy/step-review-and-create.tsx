'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo } from 'react';
import { fromJson } from '../policy-editor/model/from-json';
import { permissionsSummary } from './permissions-summary';
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
  const rows = useMemo(() => {
    const read = fromJson(state.policyDocument);
    return read.ok ? permissionsSummary(read.draft) : [];
  }, [state.policyDocument]);

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Policy details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Policy name"
            description="Enter a meaningful name to identify this policy."
            constraintText="Maximum 128 characters. Use alphanumeric and “+=,.@-_” characters."
            errorText={showErrors ? policyNameError(state.policyName) : undefined}
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
      <Table
        variant="container"
        header={<Header variant="h2" counter={`(${rows.length})`}>Permissions defined in this policy</Header>}
        items={rows}
        columnDefinitions={[
          {
            id: 'service',
            header: 'Service',
            cell: (row) => (
              <SpaceBetween size="xxxs">
                <span>{row.serviceName}</span>
                <Box variant="small" color="text-body-secondary">
                  {row.effect ?? 'No effect'}
                </Box>
              </SpaceBetween>
            ),
            width: 160,
          },
          { id: 'accessLevel', header: 'Access level', cell: (row) => row.accessLevel, width: 140 },
          {
            id: 'resources',
            header: 'Resource',
            cell: (row) => (
              <SpaceBetween size="xxxs">
                {row.resources.map((resource) => (
                  <span key={resource}>{resource}</span>
                ))}
              </SpaceBetween>
            ),
          },
          {
            id: 'conditions',
            header: 'Request condition',
            cell: (row) =>
              row.conditions.length === 0 ? (
                'None'
              ) : (
                <SpaceBetween size="xxxs">
                  {row.conditions.map((condition) => (
                    <span key={condition}>{condition}</span>
                  ))}
                </SpaceBetween>
              ),
          },
        ]}
        empty="This policy does not name any action yet."
        wrapLines
      />
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
