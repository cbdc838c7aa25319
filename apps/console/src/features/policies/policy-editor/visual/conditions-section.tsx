'use client';

import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Autosuggest, { type AutosuggestProps } from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { CONDITION_OPERATORS } from '@gatehouse/evaluator';
import { useMemo } from 'react';
import { useCatalog } from '../../../catalog/catalog-provider';
import type { ConditionDraft, ConditionValue, StatementDraft } from '../model/draft';
import { addCondition, removeCondition, updateCondition } from '../model/edits';
import type { ApplyEdit } from './statement-edit';

let operatorOptions: AutosuggestProps.Option[] | undefined;

/** The operators AWS documents, with their IfExists and multivalued (ForAnyValue/ForAllValues) forms. */
function allOperatorOptions(): AutosuggestProps.Option[] {
  if (!operatorOptions) {
    operatorOptions = [];
    for (const [name, operator] of CONDITION_OPERATORS) {
      operatorOptions.push({ value: name, description: operator.family });
      if (operator.family === 'null') continue;
      operatorOptions.push({ value: `${name}IfExists`, description: `${operator.family}, if the key is present` });
      operatorOptions.push({ value: `ForAnyValue:${name}`, description: `${operator.family}, any value of a multivalued key` });
      operatorOptions.push({ value: `ForAllValues:${name}`, description: `${operator.family}, every value of a multivalued key` });
    }
  }
  return operatorOptions;
}

/** "Request conditions": key, operator and values, one row per operator/key pair of the Condition block. */
export function ConditionsSection({ statement, readOnly, apply }: { statement: StatementDraft; readOnly: boolean; apply: ApplyEdit }) {
  const catalog = useCatalog();
  const keyOptions = useMemo<AutosuggestProps.Option[]>(() => {
    const services = statement.services.filter((s) => s !== '*');
    const keys = [...catalog.listConditionKeys(), ...services.flatMap((s) => catalog.listConditionKeys(s).filter((k) => !k.global))];
    return keys.map((key) => ({ value: key.name.replace(/\$\{[^}]+\}|tag-key$/, ''), description: key.type }));
  }, [statement.services, catalog]);
  const change = (condition: ConditionDraft, patch: Partial<Omit<ConditionDraft, 'id'>>) =>
    apply((d) => updateCondition(d, statement.id, condition.id, patch));

  return (
    <FormField label={<span>Request conditions <i>- optional</i></span>} description="Allow or deny the actions only when the request meets these conditions.">
      <AttributeEditor<ConditionDraft>
        items={statement.conditions}
        addButtonText="Add another condition"
        removeButtonText="Remove"
        disableAddButton={readOnly}
        isItemRemovable={() => !readOnly}
        empty={<Box color="text-status-inactive">No conditions: the statement applies to every request.</Box>}
        onAddButtonClick={() => apply((d) => addCondition(d, statement.id, { operator: 'StringEquals', key: '', values: [] }))}
        onRemoveButtonClick={({ detail }) => {
          const condition = statement.conditions[detail.itemIndex];
          if (condition) apply((d) => removeCondition(d, statement.id, condition.id));
        }}
        definition={[
          {
            label: 'Condition key',
            control: (condition) => (
              <Autosuggest
                value={condition.key}
                options={keyOptions}
                readOnly={readOnly}
                placeholder="aws:PrincipalTag/department"
                enteredTextLabel={(value) => `Use: "${value}"`}
                onChange={({ detail }) => change(condition, { key: detail.value })}
                virtualScroll
              />
            ),
          },
          {
            label: 'Operator',
            control: (condition) => (
              <Autosuggest
                value={condition.operator}
                options={allOperatorOptions()}
                readOnly={readOnly}
                enteredTextLabel={(value) => `Use: "${value}"`}
                onChange={({ detail }) => change(condition, { operator: detail.value })}
              />
            ),
          },
          {
            label: 'Values',
            constraintText: 'Separate values with commas.',
            control: (condition) => (
              <Input
                value={formatValues(condition.values)}
                readOnly={readOnly}
                onChange={({ detail }) => change(condition, { values: parseValues(detail.value) })}
              />
            ),
          },
        ]}
      />
    </FormField>
  );
}

function formatValues(values: readonly ConditionValue[]): string {
  return values.map(String).join(', ');
}

/** Typed values are strings, as AWS's visual editor writes them (`"true"`, `"10"`); IAM reads them by the operator. */
function parseValues(text: string): string[] {
  if (text.trim() === '') return [];
  return text.split(',').map((v, i, all) => (i === all.length - 1 ? v.trimStart() : v.trim()));
}
