'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { parseCsv } from '../credential-report/parse-csv';
import { LiveCredentialReportQuery } from '../credential-report/credential-report.documents';
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

/**
 * Root user checks from the account summary, user checks from the credential report as of now: "Add MFA for 3 users"
 * goes as soon as the MFA is assigned, not when the stored report expires.
 */
export function SecurityRecommendationsContainer({ summary }: { summary: SummaryMap }) {
  const [report] = useQuery({ query: LiveCredentialReportQuery, requestPolicy: 'network-only' });
  const content = report.data?.getLiveCredentialReport.content;
  const recommendations = useMemo(
    () => [
      ...rootRecommendations(summary),
      ...(content ? userRecommendations(credentialReportRows(parseCsv(content)), new Date()) : []),
    ],
    [summary, content],
  );
  const error = report.error;

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
