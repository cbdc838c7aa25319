'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { downloadTextFile } from '../../../components/download/download-text-file';
import { consoleCredentialsCsv } from '../credentials-csv';
import type { CreateUserOutcome } from './create-user';

/**
 * AWS's "Retrieve password" page: the console password is shown here once, with a .csv to keep; leaving the page
 * forgets it.
 */
export function CreateUserResult({ outcome, signInUrl }: { outcome: CreateUserOutcome; signInUrl: string }) {
  const router = useRouter();
  const [passwordVisible, setPasswordVisible] = useState(false);
  const { userName, password, failure } = outcome;
  return (
    <ContentLayout header={<Header variant="h1">Retrieve password</Header>}>
      <SpaceBetween size="l">
        {failure ? (
          <ApiErrorFlashbar error={failure.error} failedTo={`${failure.step.charAt(0).toLowerCase()}${failure.step.slice(1)} for ${userName}`} />
        ) : (
          <Alert type="success" header="User created successfully">
            You can view and download the user&apos;s password and email instructions for signing in to the console.
          </Alert>
        )}
        <Container
          header={
            <Header
              variant="h2"
              description={password ? 'This is the only time that you can view and download this password.' : undefined}
              actions={
                password && (
                  <Button iconName="download" onClick={() => downloadTextFile(`${userName}_credentials.csv`, consoleCredentialsCsv(userName, password, signInUrl))}>
                    Download .csv file
                  </Button>
                )
              }
            >
              Console sign-in details
            </Header>
          }
        >
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Console sign-in URL', value: <CopyToClipboard variant="inline" textToCopy={signInUrl} copySuccessText="URL copied" copyErrorText="URL failed to copy" /> },
              { label: 'User name', value: userName },
              {
                label: 'Console password',
                value: password ? (
                  <SpaceBetween direction="horizontal" size="xs">
                    <Box variant="code" data-testid="console-password">
                      {passwordVisible ? password : '*'.repeat(password.length)}
                    </Box>
                    <Button variant="inline-link" onClick={() => setPasswordVisible((visible) => !visible)}>
                      {passwordVisible ? 'Hide' : 'Show'}
                    </Button>
                  </SpaceBetween>
                ) : (
                  'No console access'
                ),
              },
            ]}
          />
        </Container>
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => router.push('/users')}>Return to users list</Button>
            <Button variant="primary" onClick={() => router.push(`/users/${encodeURIComponent(userName)}`)}>
              View user
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}
