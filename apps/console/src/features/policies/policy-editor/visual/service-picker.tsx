'use client';

import Select, { type SelectProps } from '@cloudscape-design/components/select';
import { listServices } from '@gatehouse/evaluator/catalog';
import { useMemo, useState } from 'react';
import { rankOptions } from '../../../../components/search/rank-options';

let serviceOptions: SelectProps.Option[] | undefined;

/** Every catalog service, by name, searchable by name or prefix (`s3`, `iam`). */
function allServiceOptions(): SelectProps.Option[] {
  serviceOptions ??= listServices()
    .map((service) => ({ value: service.prefix, label: service.name, tags: [service.prefix] }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return serviceOptions;
}

export function ServicePicker({
  exclude,
  placeholder,
  disabled,
  onChoose,
}: {
  /** Services already in the statement. */
  exclude: readonly string[];
  placeholder: string;
  disabled?: boolean;
  onChoose: (service: string) => void;
}) {
  const [filteringText, setFilteringText] = useState('');
  const options = useMemo(
    () => rankOptions(allServiceOptions().filter((o) => !exclude.includes(o.value!)), filteringText),
    [exclude, filteringText],
  );
  return (
    <Select
      selectedOption={null}
      options={options}
      filteringType="manual"
      onLoadItems={({ detail }) => setFilteringText(detail.filteringText)}
      filteringPlaceholder="Search services"
      placeholder={placeholder}
      disabled={disabled}
      onChange={({ detail }) => detail.selectedOption.value && onChoose(detail.selectedOption.value)}
      ariaLabel={placeholder}
      empty="No matching service"
      virtualScroll
    />
  );
}
