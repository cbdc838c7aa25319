'use client';

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useCatalog } from '../catalog/catalog-provider';
import { decisionText, describeMatchedStatement, type EvaluationResult } from './evaluation-outcome';

/** One row per action and resource: the decision and the statements that made it. */
export function ResultsTable({ results, loading }: { results: EvaluationResult[] | null; loading: boolean }) {
  const catalog = useCatalog();
  return (
    <Table
      variant="container"
      header={<Header variant="h2" counter={results ? `(${results.length})` : undefined}>Results</Header>}
      loading={loading}
      loadingText="Running simulation"
      items={results ?? []}
      trackBy={(result) => `${result.evalActionName} ${result.evalResourceName}`}
      columnDefinitions={[
        { id: 'service', header: 'Service', cell: (r) => r.evalActionName.split(':')[0], width: 110 },
        { id: 'action', header: 'Action', cell: (r) => catalog.getAction(r.evalActionName)?.name ?? r.evalActionName, width: 220 },
        { id: 'resource', header: 'Resource', cell: (r) => r.evalResourceName, width: 200 },
        {
          id: 'decision',
          header: 'Permission',
          width: 170,
          cell: (r) => {
            const { text, status } = decisionText(r.evalDecision);
            return <StatusIndicator type={status}>{text}</StatusIndicator>;
          },
        },
        {
          id: 'statements',
          header: 'Decided by',
          cell: (r) => (
            <SpaceBetween size="xxs">
              {r.matchedStatements.length === 0 ? <span>No matching statements</span> : r.matchedStatements.map((s) => <span key={`${s.sourcePolicyId}-${s.statementIndex}`}>{describeMatchedStatement(s)}</span>)}
              {r.permissionsBoundaryDecisionDetail && !r.permissionsBoundaryDecisionDetail.allowedByPermissionsBoundary && <span>Not allowed by the permissions boundary</span>}
              {r.missingContextValues.length > 0 && (
                <Box variant="small" color="text-status-warning">
                  Missing context values: {r.missingContextValues.join(', ')}
                </Box>
              )}
              {r.explanation.map((line) => (
                <Box key={line} variant="small" color="text-body-secondary">
                  {line}
                </Box>
              ))}
            </SpaceBetween>
          ),
        },
      ]}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No simulation yet</b>
          <Box variant="p" color="inherit">
            Choose actions and run the simulation to see whether they are allowed.
          </Box>
        </Box>
      }
      wrapLines
    />
  );
}
