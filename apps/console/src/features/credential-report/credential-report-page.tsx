'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { downloadTextFile } from '../../components/download/download-text-file';
import { apiErrorOf } from '../../graphql/api-error';
import { credentialReportFileName } from './credential-report-file-name';
import { CredentialReportQuery, GenerateCredentialReportMutation } from './credential-report.documents';
import { parseCsv } from './parse-csv';
import { formatDateTime } from '../../components/time/time-ago';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Credential report', href: '/credential-report' },
];

/** AWS: a credential report is current for four hours. */
const REPORT_LIFETIME_MS = 4 * 3600 * 1000;

/** The report columns shown on screen; the download has all of AWS's columns. */
const SHOWN_COLUMNS = [
  ['user', 'User'],
  ['password_enabled', 'Password enabled'],
  ['password_last_used', 'Password last used'],
  ['mfa_active', 'MFA active'],
  ['access_key_1_active', 'Access key 1 active'],
  ['access_key_1_last_rotated', 'Access key 1 last rotated'],
  ['access_key_2_active', 'Access key 2 active'],
] as const;

/** Access reports → Credential report: generate the CSV of every user's credentials and download it. */
export function CredentialReportPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const client = useClient();
  const [{ data, error: loadError }, reexecute] = useQuery({ query: CredentialReportQuery });
  const [, generateReport] = useMutation(GenerateCredentialReportMutation);
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<CombinedError | undefined>();
  // AWS answers ReportNotPresent until a report has been generated and ReportExpired once the last one is four hours
  // old: both are the empty state, inviting a new report, not failures.
  const loadErrorCode = loadError ? apiErrorOf(loadError).code : undefined;
  const noCurrentReport = loadErrorCode === 'ReportNotPresent' || loadErrorCode === 'ReportExpired';
  const report = data?.getCredentialReport;

  const rows = useMemo(() => {
    if (!report) return [];
    const [header = [], ...records] = parseCsv(report.content);
    return records.map((record) => Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])));
  }, [report]);

  // AWS keeps a report for four hours: asking for a new one sooner keeps the current one, which the page then says.
  const [notRegenerated, setNotRegenerated] = useState<string | undefined>();
  const generateNew = async () => {
    setGenerating(true);
    const generated = await generateReport({});
    setGenerating(false);
    setGenerateError(generated.error);
    if (!generated.data) return;
    setNotRegenerated(generated.data.generateCredentialReport.description.startsWith('No new report') ? generated.data.generateCredentialReport.description : undefined);
    reexecute({ requestPolicy: 'network-only' });
  };

  const generateAndDownload = async () => {
    setGenerating(true);
    const generated = await generateReport({});
    const fetched = generated.error ? undefined : await client.query(CredentialReportQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setGenerating(false);
    setGenerateError(generated.error ?? fetched?.error);
    const latest = fetched?.data?.getCredentialReport;
    if (!latest) return;
    reexecute({ requestPolicy: 'cache-only' });
    downloadTextFile(credentialReportFileName(latest.generatedTime), latest.content);
  };

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Generate and download a report that lists all your account's users and the status of their various credentials. A new report can be generated once every four hours."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button loading={generating} onClick={() => void generateNew()}>
                Generate new report
              </Button>
              <Button variant="primary" iconName="download" loading={generating} onClick={() => void generateAndDownload()}>
                Download credentials report
              </Button>
            </SpaceBetween>
          }
        >
          Credential report
        </Header>
      }
    >
      <SpaceBetween size="l">
        {generateError && <ApiErrorFlashbar error={generateError} failedTo="generate the credential report" />}
        {notRegenerated && report && (
          <Alert type="info" header="The current report is less than four hours old">
            {notRegenerated} It was generated {formatDateTime(report.generatedTime)}; a new one can be generated from{' '}
            {formatDateTime(new Date(Date.parse(report.generatedTime) + REPORT_LIFETIME_MS).toISOString())}.
          </Alert>
        )}
        {loadError && !noCurrentReport && <ApiErrorFlashbar error={loadError} failedTo="load the credential report" />}
        <Table
          variant="container"
          header={
            <Header variant="h2" counter={report ? `(${rows.length})` : undefined} description={report ? `Generated ${formatDateTime(report.generatedTime)}` : undefined}>
              Users and their credentials
            </Header>
          }
          loading={!data && !loadError}
          loadingText="Loading credential report"
          items={rows}
          columnDefinitions={SHOWN_COLUMNS.map(([column, header]) => ({ id: column, header, cell: (row: Record<string, string>) => row[column] }))}
          empty={
            <Box textAlign="center" color="inherit">
              <b>{loadErrorCode === 'ReportExpired' ? 'The last credential report has expired' : 'No credential report'}</b>
              <Box variant="p" color="inherit">
                {loadErrorCode === 'ReportExpired' ? 'Download a credentials report to generate a new one.' : 'Download a credentials report to generate the first one.'}
              </Box>
            </Box>
          }
          wrapLines
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
