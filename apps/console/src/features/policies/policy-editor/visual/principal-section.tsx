'use client';

import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PrincipalDraft, PrincipalType, StatementDraft } from '../model/draft';
import { setNotPrincipal, setPrincipal } from '../model/edits';
import { NegationToggle } from './negation-toggle';
import type { ApplyEdit } from './statement-edit';

interface PrincipalRow {
  type: PrincipalType;
  value: string;
}

const PRINCIPAL_TYPES: Array<{ value: PrincipalType; label: string; placeholder: string }> = [
  { value: 'AWS', label: 'AWS account or IAM principal', placeholder: 'arn:aws:iam::111122223333:root' },
  { value: 'Service', label: 'AWS service', placeholder: 'ec2.amazonaws.com' },
  { value: 'Federated', label: 'Identity provider', placeholder: 'cognito-identity.amazonaws.com' },
  { value: 'CanonicalUser', label: 'Canonical user', placeholder: '79a59df900b949e55d96a1e698fbaced…' },
];

function rowsOf(principal: PrincipalDraft | undefined): PrincipalRow[] {
  if (!principal || principal.kind === 'anyone') return [];
  return principal.entries.flatMap(({ type, values }) => values.map((value) => ({ type, value })));
}

/** Rows back into `{"AWS": [...], "Service": [...]}`, types in the order first used. */
function principalOf(rows: readonly PrincipalRow[]): PrincipalDraft {
  const entries: Array<{ type: PrincipalType; values: string[] }> = [];
  for (const { type, value } of rows) {
    const entry = entries.find((e) => e.type === type);
    if (entry) entry.values.push(value);
    else entries.push({ type, values: [value] });
  }
  return { kind: 'entries', entries };
}

/** "Principals": who the statement applies to, in trust and resource policies. */
export function PrincipalSection({ statement, readOnly, apply }: { statement: StatementDraft; readOnly: boolean; apply: ApplyEdit }) {
  const anyone = statement.principal?.kind === 'anyone';
  const rows = rowsOf(statement.principal);
  const write = (next: PrincipalRow[]) => apply((d) => setPrincipal(d, statement.id, principalOf(next)));

  return (
    <FormField label="Principals" description="The AWS accounts, IAM principals, services or identity providers this statement applies to.">
      <SpaceBetween size="s">
        <NegationToggle
          element="NotPrincipal"
          everything="principal"
          checked={statement.notPrincipal}
          readOnly={readOnly}
          onChange={(not) => apply((d) => setNotPrincipal(d, statement.id, not))}
        />
        <Checkbox
          checked={anyone}
          readOnly={readOnly}
          onChange={({ detail }) =>
            apply((d) => setPrincipal(d, statement.id, detail.checked ? { kind: 'anyone' } : { kind: 'entries', entries: [{ type: 'AWS', values: [] }] }))
          }
          description="Principal: * — anyone, including anonymous callers"
        >
          Everyone
        </Checkbox>
        {!anyone && (
          <AttributeEditor<PrincipalRow>
            items={rows}
            addButtonText="Add principal"
            removeButtonText="Remove"
            disableAddButton={readOnly}
            isItemRemovable={() => !readOnly}
            onAddButtonClick={() => write([...rows, { type: 'AWS', value: '' }])}
            onRemoveButtonClick={({ detail }) => write(rows.filter((_, i) => i !== detail.itemIndex))}
            definition={[
              {
                label: 'Principal type',
                control: (row, index) => (
                  <Select
                    selectedOption={PRINCIPAL_TYPES.find((t) => t.value === row.type) ?? null}
                    options={PRINCIPAL_TYPES}
                    readOnly={readOnly}
                    onChange={({ detail }) =>
                      write(rows.map((r, i) => (i === index ? { ...r, type: detail.selectedOption.value as PrincipalType } : r)))
                    }
                  />
                ),
              },
              {
                label: 'Principal',
                control: (row, index) => (
                  <Input
                    value={row.value}
                    readOnly={readOnly}
                    placeholder={PRINCIPAL_TYPES.find((t) => t.value === row.type)?.placeholder}
                    onChange={({ detail }) => write(rows.map((r, i) => (i === index ? { ...r, value: detail.value } : r)))}
                  />
                ),
              },
            ]}
          />
        )}
      </SpaceBetween>
    </FormField>
  );
}
