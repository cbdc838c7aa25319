'use client';

import Select, { type SelectProps } from '@cloudscape-design/components/select';
import type { Catalog } from '@gatehouse/evaluator/catalog';
import { useMemo, useState } from 'react';
import { rankOptions } from '../../../../components/search/rank-options';
import { useCatalog } from '../../../catalog/catalog-provider';

const serviceOptions = new WeakMap<Catalog, SelectProps.Option[]>();

/** Every catalog service, by name, searchable by name or prefix (`s3`, `iam`); the operator's own are tagged so. */
function allServiceOptions(catalog: Catalog): SelectProps.Option[] {
  let options = serviceOptions.get(catalog);
  if (!options) {
    options = catalog
      .listServices()
      .map((service) => ({ value: service.prefix, label: service.name, tags: service.custom ? [service.prefix, 'Custom service'] : [service.prefix] }))
      .sort((a, b) => a.label.localeCompare(b.label));
    serviceOptions.set(catalog, options);
  }
  return options;
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
  const catalog = useCatalog();
  const [filteringText, setFilteringText] = useState('');
  const options = useMemo(
    () => rankOptions(allServiceOptions(catalog).filter((o) => !exclude.includes(o.value!)), filteringText),
    [exclude, catalog, filteringText],
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
