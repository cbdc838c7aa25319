'use client';

import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { LIST_CONTEXT, ListOpenIdConnectProvidersQuery, PROVIDERS_PAGE } from '../../identity-providers/identity-providers.documents';
import { isGitHubActions, type WebIdentityEntity } from './web-identity-trust';

/** "Web identity": one of the account's OIDC providers, one of its audiences, and GitHub's fields for its issuer. */
export function StepWebIdentity({
  entity,
  onChange,
  showErrors,
  error,
}: {
  entity: WebIdentityEntity;
  onChange: (entity: WebIdentityEntity) => void;
  showErrors: boolean;
  error: string | undefined;
}) {
  const [{ data, fetching, error: listError }] = useQuery({ query: ListOpenIdConnectProvidersQuery, variables: PROVIDERS_PAGE, context: LIST_CONTEXT });
  const providers = useMemo(() => data?.listOpenIDConnectProviders.edges.map((edge) => edge.node) ?? [], [data]);
  const provider = providers.find((p) => p.arn === entity.providerArn);
  const providerOptions = providers.map((p) => ({ value: p.arn, label: p.url, description: p.arn }));
  const audienceOptions = (provider?.clientIDList ?? []).map((clientID) => ({ value: clientID, label: clientID }));
  const errorFor = (field: 'provider' | 'audience' | 'github') => {
    if (!showErrors || !error) return undefined;
    if (field === 'provider') return error.includes('identity provider') ? error : undefined;
    if (field === 'audience') return error.includes('audience') ? error : undefined;
    return error.includes('GitHub') || error.includes('branch') ? error : undefined;
  };

  return (
    <Container header={<Header variant="h2" description="Allows users federated by the specified external web identity provider to assume this role.">Web identity</Header>}>
      <SpaceBetween size="l">
        {listError && <ApiErrorFlashbar error={listError} failedTo="list identity providers" />}
        <FormField label="Identity provider" errorText={errorFor('provider')}>
          <Select
            selectedOption={providerOptions.find((o) => o.value === entity.providerArn) ?? null}
            options={providerOptions}
            statusType={fetching ? 'loading' : 'finished'}
            placeholder="Choose an identity provider"
            empty="No identity providers: add one under Identity providers"
            ariaLabel="Identity provider"
            onChange={({ detail }) => {
              const chosen = providers.find((p) => p.arn === detail.selectedOption.value);
              onChange({ ...entity, providerArn: chosen?.arn ?? '', providerUrl: chosen?.url ?? '', audience: chosen?.clientIDList[0] ?? '' });
            }}
          />
        </FormField>
        <FormField label="Audience" errorText={errorFor('audience')}>
          <Select
            selectedOption={audienceOptions.find((o) => o.value === entity.audience) ?? null}
            options={audienceOptions}
            placeholder="Choose an audience"
            ariaLabel="Audience"
            disabled={!provider}
            onChange={({ detail }) => onChange({ ...entity, audience: detail.selectedOption.value ?? '' })}
          />
        </FormField>
        {isGitHubActions(entity) && (
          <>
            <FormField label="GitHub organization" description="The GitHub organization or user that owns the repositories." errorText={errorFor('github')}>
              <Input value={entity.githubOrganization} ariaLabel="GitHub organization" onChange={({ detail }) => onChange({ ...entity, githubOrganization: detail.value.trim() })} />
            </FormField>
            <FormField label={<>GitHub repository - <i>optional</i></>} description="Leave empty to allow any repository of the organization.">
              <Input value={entity.githubRepository} ariaLabel="GitHub repository" onChange={({ detail }) => onChange({ ...entity, githubRepository: detail.value.trim() })} />
            </FormField>
            <FormField label={<>GitHub branch - <i>optional</i></>} description="Leave empty to allow any branch.">
              <Input value={entity.githubBranch} ariaLabel="GitHub branch" onChange={({ detail }) => onChange({ ...entity, githubBranch: detail.value.trim() })} />
            </FormField>
          </>
        )}
      </SpaceBetween>
    </Container>
  );
}
