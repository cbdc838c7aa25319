'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { useNotifications } from '../../components/console-layout/notifications';
import { CreateOpenIdConnectProviderMutation } from './identity-providers.documents';
import { providerDetailsHref } from './provider-href';
import { audienceError, providerUrlError } from './provider-rules';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Identity providers', href: '/identity-providers' },
  { text: 'Add provider', href: '/identity-providers/create' },
];

/** Identity providers → Add provider: an OpenID Connect issuer and the audience its tokens are issued to. */
export function AddProviderPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const { notify } = useNotifications();
  const [, createProvider] = useMutation(CreateOpenIdConnectProviderMutation);
  const [url, setUrl] = useState('');
  const [audience, setAudience] = useState('');
  const [tried, setTried] = useState(false);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const urlError = providerUrlError(url);
  const audienceProblem = audienceError(audience);

  const submit = async () => {
    setTried(true);
    if (urlError || audienceProblem) return;
    setAdding(true);
    const result = await createProvider({ input: { url: url.trim(), clientIDList: [audience.trim()] } });
    setAdding(false);
    if (result.error || !result.data) return setError(result.error);
    notify({ type: 'success', content: `Identity provider ${url.trim().replace(/^https:\/\//, '')} added.` });
    router.push(providerDetailsHref(result.data.createOpenIDConnectProvider.arn));
  };

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <Form
        header={<Header variant="h1">Add an identity provider</Header>}
        errorText={error && <ApiErrorFlashbar error={error} failedTo="add the identity provider" />}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => router.push('/identity-providers')}>
              Cancel
            </Button>
            <Button variant="primary" loading={adding} onClick={() => void submit()}>
              Add provider
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">Configure provider</Header>}>
          <SpaceBetween size="l">
            <FormField label="Provider type">
              <RadioGroup value="oidc" onChange={() => undefined} items={[{ value: 'oidc', label: 'OpenID Connect', description: 'Establish trust between your AWS account and an identity provider such as GitHub Actions or a Kubernetes cluster.' }]} />
            </FormField>
            <FormField label="Provider URL" description="The issuer: its tokens' `iss`, for example https://token.actions.githubusercontent.com." errorText={tried ? urlError : undefined}>
              <Input value={url} placeholder="https://token.actions.githubusercontent.com" ariaLabel="Provider URL" onChange={({ detail }) => setUrl(detail.value)} />
            </FormField>
            <FormField label="Audience" description="The client ID its tokens are issued to (`aud`), for example sts.amazonaws.com." errorText={tried ? audienceProblem : undefined}>
              <Input value={audience} placeholder="sts.amazonaws.com" ariaLabel="Audience" onChange={({ detail }) => setAudience(detail.value)} />
            </FormField>
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
