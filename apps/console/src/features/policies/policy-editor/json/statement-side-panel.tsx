'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TextPosition } from '@gatehouse/evaluator';
import { useMemo, useState } from 'react';
import { useCatalog } from '../../../catalog/catalog-provider';
import type { PolicyDraft } from '../model/draft';
import { addCondition, addResource, selectActions } from '../model/edits';
import { editStatementInText, statementIndexAt, statementStart } from '../model/statement-in-text';
import { ServicePicker } from '../visual/service-picker';

const NO_SERVICES: readonly string[] = [];

/**
 * AWS's JSON editor side panel: add actions, a resource or a condition to the statement under the cursor. The statement
 * is found when a button is pressed, not on every cursor move, so a large policy costs nothing while typing.
 */
export function StatementSidePanel({
  text,
  cursor,
  onChange,
  onPlaceCursor,
}: {
  text: string;
  /** The cursor in the JSON editor, 1-based. */
  cursor: TextPosition;
  onChange: (text: string) => void;
  onPlaceCursor: (at: TextPosition) => void;
}) {
  const catalog = useCatalog();
  const [service, setService] = useState<string | null>(null);
  const [actions, setActions] = useState<readonly MultiselectProps.Option[]>([]);
  const [arn, setArn] = useState('');
  const [condition, setCondition] = useState({ key: '', operator: 'StringEquals', value: '' });
  const [problem, setProblem] = useState<string | undefined>();
  const actionOptions = useMemo(
    () => (service ? catalog.listActions(service).map((a) => ({ value: a.action, label: a.name, description: a.accessLevel })) : []),
    [service, catalog],
  );

  const apply = (edit: (draft: PolicyDraft, statementId: string) => PolicyDraft): boolean => {
    const index = statementIndexAt(text, cursor);
    const result = index === undefined ? { ok: false as const, reason: 'Put the cursor inside a statement.' } : editStatementInText(text, index, edit);
    setProblem(result.ok ? undefined : result.reason);
    if (!result.ok || index === undefined) return false;
    onChange(result.text);
    const start = statementStart(result.text, index);
    if (start) onPlaceCursor({ line: start.line, column: start.column + 1 });
    return true;
  };

  return (
    <Container header={<Header variant="h3" description={`Adds to the statement under the cursor (Ln ${cursor.line}, Col ${cursor.column}).`}>Edit statement</Header>}>
      <SpaceBetween size="l">
        <FormField label="Add actions">
          <SpaceBetween size="xs">
            <ServicePicker exclude={NO_SERVICES} placeholder={service ? (catalog.getService(service)?.name ?? service) : 'Choose a service'} onChoose={(prefix) => { setService(prefix); setActions([]); }} />
            <Multiselect
              selectedOptions={actions}
              options={actionOptions}
              onChange={({ detail }) => setActions(detail.selectedOptions)}
              filteringType="auto"
              placeholder="Choose actions"
              filteringPlaceholder="Search actions"
              disabled={!service}
              ariaLabel="Actions to add"
              tokenLimit={3}
            />
            <Button
              disabled={actions.length === 0}
              onClick={() => apply((d, id) => selectActions(d, id, actions.map((a) => a.value!), true)) && setActions([])}
            >
              Add actions
            </Button>
          </SpaceBetween>
        </FormField>
        <FormField label="Add a resource">
          <SpaceBetween size="xs">
            <Input value={arn} onChange={({ detail }) => setArn(detail.value)} placeholder="arn:aws:s3:::bucket/*" ariaLabel="Resource ARN" />
            <Button disabled={arn.trim() === ''} onClick={() => apply((d, id) => addResource(d, id, arn.trim())) && setArn('')}>
              Add resource
            </Button>
          </SpaceBetween>
        </FormField>
        <FormField label="Add a condition">
          <SpaceBetween size="xs">
            <Input value={condition.key} onChange={({ detail }) => setCondition({ ...condition, key: detail.value })} placeholder="aws:SourceIp" ariaLabel="Condition key" />
            <Input value={condition.operator} onChange={({ detail }) => setCondition({ ...condition, operator: detail.value })} ariaLabel="Condition operator" />
            <Input value={condition.value} onChange={({ detail }) => setCondition({ ...condition, value: detail.value })} placeholder="203.0.113.0/24" ariaLabel="Condition value" />
            <Button
              disabled={condition.key.trim() === '' || condition.operator.trim() === ''}
              onClick={() =>
                apply((d, id) => addCondition(d, id, { operator: condition.operator.trim(), key: condition.key.trim(), values: [condition.value] })) &&
                setCondition({ ...condition, key: '', value: '' })
              }
            >
              Add condition
            </Button>
          </SpaceBetween>
        </FormField>
        {problem && <Box color="text-status-error">{problem}</Box>}
      </SpaceBetween>
    </Container>
  );
}
