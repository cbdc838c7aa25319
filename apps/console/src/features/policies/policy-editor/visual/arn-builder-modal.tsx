'use client';

import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CatalogResourceType } from '@gatehouse/evaluator/catalog';
import { useState } from 'react';
import { arnFields, buildArn } from '../model/resource-types';
import { ModalFooter } from '../../../../components/modal-footer';

/**
 * "Specify ARNs": for a resource type, one field per part of its ARN format with "Any" beside it, and the ARN as it
 * will be written; without a resource type, the ARN is typed as text.
 */
export function ArnBuilderModal({
  resourceType,
  onAdd,
  onDismiss,
}: {
  resourceType: CatalogResourceType | undefined;
  onAdd: (arn: string) => void;
  onDismiss: () => void;
}) {
  const fields = resourceType ? arnFields(resourceType.arnFormat) : [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [any, setAny] = useState<Record<string, boolean>>({});
  const [text, setText] = useState('');
  const arn = resourceType
    ? buildArn(resourceType.arnFormat, Object.fromEntries(fields.map((f) => [f, any[f] ? '' : (values[f] ?? '')])))
    : text.trim();
  const complete = resourceType ? fields.every((f) => any[f] || (values[f] ?? '').trim() !== '') : arn !== '';

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={resourceType ? `Specify ARNs for ${resourceType.name}` : 'Specify an ARN'}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Add ARNs" onAction={() => onAdd(arn)} disabled={!complete} />
      }
    >
      <SpaceBetween size="m">
        {fields.map((field) => (
          <Grid key={field} gridDefinition={[{ colspan: 8 }, { colspan: 4 }]}>
            <FormField label={fieldLabel(field)}>
              <Input
                value={any[field] ? '' : (values[field] ?? '')}
                disabled={any[field]}
                placeholder={any[field] ? `Any ${fieldLabel(field).toLowerCase()}` : undefined}
                onChange={({ detail }) => setValues((v) => ({ ...v, [field]: detail.value }))}
              />
            </FormField>
            <Box padding={{ top: 'xl' }}>
              <Checkbox checked={any[field] ?? false} onChange={({ detail }) => setAny((a) => ({ ...a, [field]: detail.checked }))}>
                Any {fieldLabel(field).toLowerCase()}
              </Checkbox>
            </Box>
          </Grid>
        ))}
        {resourceType ? (
          <FormField label="Resource ARN" description={resourceType.arnFormat}>
            <Input value={arn} readOnly ariaLabel="Resource ARN" />
          </FormField>
        ) : (
          <FormField label="Resource ARN" description="An ARN, with * and ? as wildcards.">
            <Input value={text} onChange={({ detail }) => setText(detail.value)} placeholder="arn:aws:s3:::amzn-s3-demo-bucket/*" />
          </FormField>
        )}
      </SpaceBetween>
    </Modal>
  );
}

/** `RoleNameWithPath` → `Role name with path`, `Account` stays; the names come from AWS's ARN formats. */
function fieldLabel(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
