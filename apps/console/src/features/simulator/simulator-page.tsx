'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { ActionsPicker } from './actions-picker';
import { ContextEntriesEditor } from './context-entries-editor';
import type { EvaluationResult } from './evaluation-outcome';
import { PermissionsBoundaryPanel } from './permissions-boundary-panel';
import { PrincipalPanel } from './principal-panel';
import { ResourcePolicySettings } from './resource-policy-settings';
import { ResultsTable } from './results-table';
import { initialSimulationSettings, simulationRequest, type SimulationSettings } from './simulation-settings';
import { SimulateCustomPolicyQuery, SimulatePrincipalPolicyQuery, SimulatorPrincipalPoliciesQuery } from './simulator.documents';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Policy simulator', href: '/simulator' },
];

/** Access reports → Policy simulator: would these actions be allowed, and which statements decide it. */
export function SimulatorPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const client = useClient();
  const [settings, setSettings] = useState<SimulationSettings>(initialSimulationSettings);
  const [service, setService] = useState<string | null>(null);
  const [results, setResults] = useState<EvaluationResult[] | null>(null);
  const [running, setRunning] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<CombinedError | undefined>();
  const set = (change: Partial<SimulationSettings>) => setSettings((current) => ({ ...current, ...change }));
  const [principalPolicies] = useQuery({
    query: SimulatorPrincipalPoliciesQuery,
    variables: { principalArn: settings.policySourceArn ?? '' },
    pause: !settings.policySourceArn,
    requestPolicy: 'network-only',
  });
  const governing = settings.policySourceArn ? principalPolicies.data?.getPrincipalPolicies : undefined;

  const run = async () => {
    const request = simulationRequest(settings, governing);
    if (request.kind === 'incomplete') return setProblems(request.problems);
    setProblems([]);
    setRunning(true);
    // Every run asks again: the principal's policies may have changed since the last one.
    const response =
      request.kind === 'principal'
        ? await client.query(SimulatePrincipalPolicyQuery, { input: request.input }, { requestPolicy: 'network-only' }).toPromise()
        : await client.query(SimulateCustomPolicyQuery, { input: request.input }, { requestPolicy: 'network-only' }).toPromise();
    setRunning(false);
    setError(response.error);
    const data = response.data;
    if (!data) return setResults(null);
    setResults('simulatePrincipalPolicy' in data ? data.simulatePrincipalPolicy.evaluationResults : data.simulateCustomPolicy.evaluationResults);
  };

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Test whether the identity-based policies of a user, group or role, or policies you paste, allow the actions you choose (within a permissions boundary and with a resource-based policy, if given), and see which statements decide.">
          Policy simulator
        </Header>
      }
    >
      <Grid gridDefinition={[{ colspan: 4 }, { colspan: 8 }]}>
        <SpaceBetween size="l">
          <PrincipalPanel
            policySourceArn={settings.policySourceArn}
            onPolicySourceChange={(policySourceArn) => set({ policySourceArn, excludedPolicies: [] })}
            governing={governing}
            governingError={principalPolicies.error}
            excludedPolicies={settings.excludedPolicies}
            onExcludedPoliciesChange={(excludedPolicies) => set({ excludedPolicies })}
            policyInputList={settings.policyInputList}
            onPolicyInputListChange={(policyInputList) => set({ policyInputList })}
          />
          <PermissionsBoundaryPanel permissionsBoundary={settings.permissionsBoundary} onChange={(permissionsBoundary) => set({ permissionsBoundary })} />
        </SpaceBetween>
        <SpaceBetween size="l">
          <Container
            header={
              <Header variant="h2" actions={<Button variant="primary" loading={running} onClick={() => void run()}>Run simulation</Button>}>
                Actions to simulate
              </Header>
            }
          >
            <SpaceBetween size="l">
              <ActionsPicker service={service} onServiceChange={setService} actionNames={settings.actionNames} onActionNamesChange={(actionNames) => set({ actionNames })} />
              <FormField label="Resources" description="One ARN per line; * simulates every resource.">
                <Textarea
                  value={settings.resourceArns.join('\n')}
                  rows={2}
                  spellcheck={false}
                  ariaLabel="Resources"
                  onChange={({ detail }) => set({ resourceArns: detail.value.split('\n') })}
                />
              </FormField>
              <ExpandableSection headerText={`Context keys (${settings.contextEntries.length})`} variant="footer">
                <ContextEntriesEditor service={service} entries={settings.contextEntries} onChange={(contextEntries) => set({ contextEntries })} />
              </ExpandableSection>
              <ExpandableSection headerText={`Resource-based policy and caller${settings.resourcePolicy.trim() ? ' (1 policy)' : ''}`} variant="footer">
                <ResourcePolicySettings settings={settings} onChange={set} />
              </ExpandableSection>
              {problems.length > 0 && (
                <Alert type="warning" header="The simulation needs more">
                  <ul style={{ margin: 0 }}>
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </Alert>
              )}
              {error && <ApiErrorFlashbar error={error} failedTo="run the simulation" />}
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Grid>
      <Box margin={{ top: 'l' }}>
        <ResultsTable results={results} loading={running} />
      </Box>
    </ContentLayout>
  );
}
