'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { parseCsv } from '../credential-report/parse-csv';
import { DashboardCredentialReportQuery, GenerateDashboardCredentialReportMutation } from './dashboard.documents';
import type { SummaryMap } from './iam-resources';
import { credentialReportRows, rootRecommendations, userRecommendations, type Recommendation } from './security-recommendations';

/** More names than this would push the other recommendations off the screen. */
const USERS_SHOWN = 5;

function RecommendationRow({ recommendation }: { recommendation: Recommendation }) {
  return (
    <div data-recommendation={recommendation.id}>
      <StatusIndicator type={recommendation.status}>
        <Box variant="strong" color="inherit">
          {recommendation.title}
        </Box>
      </StatusIndicator>
      <Box color="text-body-secondary" padding={{ left: 'l' }}>
        {recommendation.description}
      </Box>
      {recommendation.userNames && (
        <Box color="text-body-secondary" padding={{ left: 'l' }}>
          Users: {recommendation.userNames.slice(0, USERS_SHOWN).join(', ')}
          {recommendation.userNames.length > USERS_SHOWN && ` and ${recommendation.userNames.length - USERS_SHOWN} more`}
        </Box>
      )}
    </div>
  );
}

/** Root user checks from the account summary, user checks from a fresh credential report. */
export function SecurityRecommendationsContainer({ summary }: { summary: SummaryMap }) {
  const [generated, generate] = useMutation(GenerateDashboardCredentialReportMutation);
  const [report] = useQuery({ query: DashboardCredentialReportQuery, pause: !generated.data, requestPolicy: 'network-only' });

  useEffect(() => {
    void generate({});
  }, [generate]);

  const content = report.data?.getCredentialReport.content;
  const recommendations = useMemo(
    () => [
      ...rootRecommendations(summary),
      ...(content ? userRecommendations(credentialReportRows(parseCsv(content)), new Date()) : []),
    ],
    [summary, content],
  );
  const error = generated.error ?? report.error;

  return (
    <Container header={<Header variant="h2">Security recommendations</Header>}>
      <SpaceBetween size="m">
        {recommendations.map((recommendation) => (
          <RecommendationRow key={recommendation.id} recommendation={recommendation} />
        ))}
        {error && <ApiErrorFlashbar error={error} failedTo="read the credential report" />}
        {!error && !content && (
          <Box color="text-status-inactive">
            <Spinner /> Checking users&apos; credentials
          </Box>
        )}
      </SpaceBetween>
    </Container>
  );
}
