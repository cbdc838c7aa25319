'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import type { CatalogResourceType } from '@gatehouse/evaluator/catalog';
import { useMemo, useState } from 'react';
import type { StatementDraft } from '../model/draft';
import { addResource, removeResource, setAllResources, setNotResource } from '../model/edits';
import { useCatalog } from '../../../catalog/catalog-provider';
import { resourceTypeOfArn, resourceTypesFor } from '../model/resource-types';
import { ArnBuilderModal } from './arn-builder-modal';
import { NegationToggle } from './negation-toggle';
import type { ApplyEdit } from './statement-edit';

/** "Resources": All (`*`), or specific ARNs listed under the resource types the chosen actions act on. */
export function ResourcesSection({ statement, readOnly, apply }: { statement: StatementDraft; readOnly: boolean; apply: ApplyEdit }) {
  const resources = statement.resources ?? [];
  const all = resources.includes('*');
  const catalog = useCatalog();
  const types = useMemo(
    () => statement.services.flatMap((service) => (service === '*' ? [] : resourceTypesFor(statement.actions ?? [], service, catalog))),
    [statement.services, statement.actions, catalog],
  );
  const [adding, setAdding] = useState<{ resourceType: CatalogResourceType | undefined } | null>(null);
  const byType = new Map<CatalogResourceType | undefined, string[]>();
  for (const arn of resources) {
    if (arn === '*') continue;
    const type = resourceTypeOfArn(arn, types);
    byType.set(type, [...(byType.get(type) ?? []), arn]);
  }
  const others = byType.get(undefined) ?? [];

  return (
    <FormField label="Resources" description="Specify resource ARNs for these actions, or allow them on all resources.">
      <SpaceBetween size="s">
        <NegationToggle
          element="NotResource"
          everything="resource"
          checked={statement.notResource}
          readOnly={readOnly}
          onChange={(not) => apply((d) => setNotResource(d, statement.id, not))}
        />
        <RadioGroup
          value={all ? 'all' : 'specific'}
          readOnly={readOnly}
          items={[
            { value: 'specific', label: 'Specific' },
            { value: 'all', label: 'All', description: 'All resources (*)' },
          ]}
          onChange={({ detail }) => apply((d) => setAllResources(d, statement.id, detail.value === 'all'))}
        />
        {!all && (
          <SpaceBetween size="s">
            {types.map((type) => (
              <ResourceTypeRow
                key={`${type.service}:${type.name}`}
                label={type.name}
                detail={type.service}
                arns={byType.get(type) ?? []}
                readOnly={readOnly}
                onAdd={() => setAdding({ resourceType: type })}
                onRemove={(arn) => apply((d) => removeResource(d, statement.id, arn))}
              />
            ))}
            <ResourceTypeRow
              label={types.length === 0 ? 'Resource ARNs' : 'Other ARNs'}
              detail={types.length === 0 ? 'Choose actions to see their resource types, or add ARNs directly' : 'Not of the types above'}
              arns={others}
              readOnly={readOnly}
              onAdd={() => setAdding({ resourceType: undefined })}
              onRemove={(arn) => apply((d) => removeResource(d, statement.id, arn))}
            />
          </SpaceBetween>
        )}
        {adding && (
          <ArnBuilderModal
            resourceType={adding.resourceType}
            onDismiss={() => setAdding(null)}
            onAdd={(arn) => {
              apply((d) => addResource(d, statement.id, arn));
              setAdding(null);
            }}
          />
        )}
      </SpaceBetween>
    </FormField>
  );
}

function ResourceTypeRow({
  label,
  detail,
  arns,
  readOnly,
  onAdd,
  onRemove,
}: {
  label: string;
  detail: string;
  arns: string[];
  readOnly: boolean;
  onAdd: () => void;
  onRemove: (arn: string) => void;
}) {
  return (
    <div data-resource-type={label}>
      <SpaceBetween size="xxs">
        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
          <Box variant="awsui-key-label">{label}</Box>
          <Box variant="small" color="text-body-secondary">
            {detail}
          </Box>
          <Button variant="inline-link" iconName="add-plus" disabled={readOnly} onClick={onAdd} ariaLabel={`Add ARNs for ${label}`}>
            Add ARNs
          </Button>
        </SpaceBetween>
        {arns.length > 0 ? (
          <TokenGroup
            items={arns.map((arn) => ({ label: arn, dismissLabel: `Remove ${arn}` }))}
            readOnly={readOnly}
            onDismiss={({ detail }) => onRemove(arns[detail.itemIndex]!)}
          />
        ) : (
          <Box variant="small" color="text-status-inactive">
            No ARNs specified.
          </Box>
        )}
      </SpaceBetween>
    </div>
  );
}
