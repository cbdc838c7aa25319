'use client';

import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { listServices } from '@gatehouse/evaluator/catalog';
import { useMemo, useState } from 'react';
import { rankOptions } from '../../../components/search/rank-options';
import { PolicyEditor, type PolicyEditorMode } from '../../policies/policy-editor/policy-editor';
import { StepWebIdentity } from './step-web-identity';
import { initialTrustedEntity, servicePrincipalOf, type TrustedEntity, type TrustedEntityType } from './trusted-entity';

/** Step 1 of Create role: who may assume it, as AWS's console asks. */
export function StepSelectTrustedEntity({
  entity,
  onChange,
  thisAccountId,
  editorMode,
  onEditorModeChange,
  showErrors,
  error,
}: {
  entity: TrustedEntity;
  onChange: (entity: TrustedEntity) => void;
  thisAccountId: string | undefined;
  editorMode: PolicyEditorMode;
  onEditorModeChange: (mode: PolicyEditorMode) => void;
  showErrors: boolean;
  error: string | undefined;
}) {
  const [serviceFilter, setServiceFilter] = useState('');
  const serviceOptions = useMemo(
    () =>
      listServices()
        .map((s) => ({ value: servicePrincipalOf(s.prefix), label: s.name, description: servicePrincipalOf(s.prefix) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [],
  );

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Trusted entity type</Header>}>
        <Tiles
          ariaLabel="Trusted entity type"
          value={entity.type}
          onChange={({ detail }) => onChange(initialTrustedEntity(detail.value as TrustedEntityType))}
          columns={4}
          items={[
            { value: 'service', label: 'AWS service', description: 'Allow AWS services like EC2 or Lambda to perform actions in this account.' },
            { value: 'account', label: 'AWS account', description: 'Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.' },
            { value: 'webIdentity', label: 'Web identity', description: 'Allows users federated by the specified external web identity provider to assume this role.' },
            { value: 'custom', label: 'Custom trust policy', description: 'Create a custom trust policy to enable others to perform actions in this account.' },
          ]}
        />
      </Container>
      {entity.type === 'service' && (
        <Container header={<Header variant="h2">Use case</Header>}>
          <FormField label="Service or use case" description="The service that assumes the role." errorText={showErrors ? error : undefined}>
            <Select
              selectedOption={serviceOptions.find((o) => o.value === entity.servicePrincipal) ?? null}
              options={rankOptions(serviceOptions, serviceFilter)}
              filteringType="manual"
              onLoadItems={({ detail }) => setServiceFilter(detail.filteringText)}
              filteringPlaceholder="Search services"
              placeholder="Choose a service"
              ariaLabel="Service or use case"
              onChange={({ detail }) => onChange({ ...entity, servicePrincipal: detail.selectedOption.value ?? '' })}
              virtualScroll
            />
          </FormField>
        </Container>
      )}
      {entity.type === 'account' && (
        <Container header={<Header variant="h2">An AWS account</Header>}>
          <SpaceBetween size="l">
            <RadioGroup
              ariaLabel="An AWS account"
              value={entity.account}
              onChange={({ detail }) => onChange({ ...entity, account: detail.value as 'this' | 'another' })}
              items={[
                { value: 'this', label: `This account${thisAccountId ? ` (${thisAccountId})` : ''}` },
                { value: 'another', label: 'Another AWS account' },
              ]}
            />
            {entity.account === 'another' && (
              <FormField label="Account ID" description="Identifier of the account that can use this role." errorText={showErrors && !/^\d{12}$/.test(entity.accountId) ? error : undefined}>
                <Input value={entity.accountId} inputMode="numeric" placeholder="444455556666" onChange={({ detail }) => onChange({ ...entity, accountId: detail.value.trim() })} />
              </FormField>
            )}
            <FormField label="Options">
              <SpaceBetween size="xs">
                <Checkbox
                  checked={entity.requireExternalId}
                  onChange={({ detail }) => onChange({ ...entity, requireExternalId: detail.checked })}
                  description="Best practice when a third party will assume this role."
                >
                  Require external ID
                </Checkbox>
                {entity.requireExternalId && (
                  <FormField label="External ID" errorText={showErrors && entity.requireExternalId && error?.includes('external ID') ? error : undefined}>
                    <Input value={entity.externalId} onChange={({ detail }) => onChange({ ...entity, externalId: detail.value })} />
                  </FormField>
                )}
                <Checkbox
                  checked={entity.requireMfa}
                  onChange={({ detail }) => onChange({ ...entity, requireMfa: detail.checked })}
                  description="Only sessions signed in with multi-factor authentication can assume this role."
                >
                  Require MFA
                </Checkbox>
              </SpaceBetween>
            </FormField>
          </SpaceBetween>
        </Container>
      )}
      {entity.type === 'webIdentity' && <StepWebIdentity entity={entity} onChange={onChange} showErrors={showErrors} error={error} />}
      {entity.type === 'custom' && (
        <PolicyEditor kind="trust" value={entity.trustPolicy} onChange={(trustPolicy) => onChange({ ...entity, trustPolicy })} mode={editorMode} onModeChange={onEditorModeChange} />
      )}
    </SpaceBetween>
  );
}
