'use client';

import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useCatalog } from '../catalog/catalog-provider';

/** "Select service", then "Select actions" from the catalog, as in AWS's simulator. */
export function ActionsPicker({
  service,
  onServiceChange,
  actionNames,
  onActionNamesChange,
}: {
  service: string | null;
  onServiceChange: (service: string | null) => void;
  actionNames: string[];
  onActionNamesChange: (actionNames: string[]) => void;
}) {
  const catalog = useCatalog();
  const serviceOptions = useMemo(
    () => catalog.listServices().map((s) => ({ value: s.prefix, label: s.name, tags: [s.prefix] })).sort((a, b) => a.label.localeCompare(b.label)),
    [catalog],
  );
  const actionOptions = useMemo(
    () => (service ? catalog.listActions(service).map((a) => ({ value: a.action, label: a.name, description: a.accessLevel })) : []),
    [service, catalog],
  );
  const selectedService = serviceOptions.find((o) => o.value === service) ?? null;

  return (
    <SpaceBetween direction="horizontal" size="l">
      <FormField label="Service">
        <div style={{ width: 260 }}>
          <Select
            selectedOption={selectedService}
            options={serviceOptions}
            filteringType="auto"
            filteringPlaceholder="Search services"
            placeholder="Select service"
            onChange={({ detail }) => {
              onServiceChange(detail.selectedOption.value ?? null);
              onActionNamesChange([]);
            }}
            virtualScroll
          />
        </div>
      </FormField>
      <FormField label="Actions" secondaryControl={<Button disabled={!service} onClick={() => onActionNamesChange(actionOptions.map((o) => o.value))}>Select all</Button>}>
        <div style={{ width: 380 }}>
          <Multiselect
            selectedOptions={actionOptions.filter((o) => actionNames.includes(o.value))}
            options={actionOptions}
            filteringType="auto"
            filteringPlaceholder="Search actions"
            placeholder={service ? 'Select actions' : 'Select a service first'}
            disabled={!service}
            tokenLimit={4}
            onChange={({ detail }) => onActionNamesChange(detail.selectedOptions.flatMap((o) => (o.value ? [o.value] : [])))}
            virtualScroll
          />
        </div>
      </FormField>
    </SpaceBetween>
  );
}
