'use client';

import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useMemo } from 'react';
import { useCatalog } from '../catalog/catalog-provider';
import type { ContextKeyTypeEnum } from '../../gql/graphql';
import { contextKeyTypeFor, type ContextEntryDraft } from './simulation-settings';

const TYPES: ContextKeyTypeEnum[] = ['string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'date', 'dateList', 'ip', 'ipList', 'binary', 'binaryList'];

let nextEntryId = 0;

/** Context keys for the simulated requests (aws:SourceIp, aws:MultiFactorAuthPresent…), keyed from the catalog. */
export function ContextEntriesEditor({
  service,
  entries,
  onChange,
}: {
  /** Its own keys are suggested after the global ones. */
  service: string | null;
  entries: ContextEntryDraft[];
  onChange: (entries: ContextEntryDraft[]) => void;
}) {
  const catalog = useCatalog();
  const keyOptions = useMemo(() => {
    const keys = [...catalog.listConditionKeys(), ...(service ? catalog.listConditionKeys(service).filter((k) => !k.global) : [])];
    return keys.map((key) => ({ value: key.name.replace(/\$\{[^}]+\}|tag-key$/, ''), description: key.type }));
  }, [service, catalog]);
  const update = (id: string, change: Partial<ContextEntryDraft>) => onChange(entries.map((e) => (e.id === id ? { ...e, ...change } : e)));

  return (
    <AttributeEditor<ContextEntryDraft>
      items={entries}
      addButtonText="Add context key"
      removeButtonText="Remove"
      empty={<Box color="text-status-inactive">No context keys: conditions on request keys see them as absent.</Box>}
      onAddButtonClick={() => {
        nextEntryId += 1;
        onChange([...entries, { id: `context-${nextEntryId}`, contextKeyName: '', contextKeyType: 'string', values: '' }]);
      }}
      onRemoveButtonClick={({ detail }) => onChange(entries.filter((_, i) => i !== detail.itemIndex))}
      definition={[
        {
          label: 'Context key',
          control: (entry) => (
            <Autosuggest
              value={entry.contextKeyName}
              options={keyOptions}
              placeholder="aws:SourceIp"
              enteredTextLabel={(value) => `Use: "${value}"`}
              onChange={({ detail }) => update(entry.id, { contextKeyName: detail.value, contextKeyType: contextKeyTypeFor(detail.value, catalog) })}
              virtualScroll
            />
          ),
        },
        {
          label: 'Type',
          control: (entry) => (
            <Select
              selectedOption={{ value: entry.contextKeyType, label: entry.contextKeyType }}
              options={TYPES.map((type) => ({ value: type, label: type }))}
              onChange={({ detail }) => update(entry.id, { contextKeyType: detail.selectedOption.value as ContextKeyTypeEnum })}
            />
          ),
        },
        {
          label: 'Values',
          control: (entry) => (
            <Input
              value={entry.values}
              placeholder={entry.contextKeyType.endsWith('List') ? 'Comma-separated values' : 'Value'}
              onChange={({ detail }) => update(entry.id, { values: detail.value })}
            />
          ),
        },
      ]}
    />
  );
}
