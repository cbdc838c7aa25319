'use client';

import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { POLICY_TYPE_FILTER_OPTIONS, policyDetailsHref, policyMatches, policyType, policyUsedAs, type PolicyRow, type PolicyTypeFilter } from './policy-row';
import type { CombinedError } from '@urql/core';
import { ListEmptyState } from '../../../components/lists/list-empty-state';

/**
 * The managed policies table: type filter (AWS managed / customer managed), text filter, pages. The Policies page
 * shows it full-page; Create role and "Add permissions" pick policies from it with checkboxes.
 */
export function PoliciesTable({
  policies,
  loading,
  header,
  variant,
  selectedArns,
  onSelectionChange,
  selectionType = 'multi',
  pageSize = 20,
  listError,
}: {
  policies: readonly PolicyRow[];
  loading: boolean;
  header: ReactNode;
  variant: 'full-page' | 'container';
  /** With a selection, rows get checkboxes. */
  selectedArns?: readonly string[];
  onSelectionChange?: (policyArns: string[]) => void;
  /** `single` on the Policies page, where the selected policy is the one Delete acts on; `multi` in the pickers. */
  selectionType?: 'single' | 'multi';
  pageSize?: number;
  /** The list's failure: a refusal becomes the empty state ("You don't have permission to list policies"). */
  listError?: CombinedError;
}) {
  const router = useRouter();
  const [typeFilter, setTypeFilter] = useState<PolicyTypeFilter>('all');
  const [filteringText, setFilteringText] = useState('');
  const selectable = selectedArns !== undefined && onSelectionChange !== undefined;
  const picker = selectable && selectionType === 'multi';

  const { items, collectionProps, paginationProps, filteredItemsCount } = useCollection([...policies], {
    filtering: { filteringFunction: (policy) => policyMatches(policy, typeFilter, filteringText) },
    pagination: { pageSize },
    sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
  });

  const columns: TableProps.ColumnDefinition<PolicyRow>[] = [
    {
      id: 'policyName',
      header: 'Policy name',
      isRowHeader: true,
      sortingField: 'policyName',
      cell: (policy) => (
        <Link
          href={policyDetailsHref(policy.arn)}
          external={picker}
          onFollow={(event) => {
            // In a wizard the details open beside it, as AWS's console does, so the selection is not lost.
            if (picker) return;
            event.preventDefault();
            router.push(policyDetailsHref(policy.arn));
          }}
        >
          {policy.policyName}
        </Link>
      ),
    },
    { id: 'type', header: 'Type', cell: (policy) => policyType(policy.arn), sortingComparator: (a, b) => policyType(a.arn).localeCompare(policyType(b.arn)) },
    { id: 'usedAs', header: 'Used as', cell: policyUsedAs, sortingComparator: (a, b) => a.attachmentCount - b.attachmentCount },
    { id: 'description', header: 'Description', cell: (policy) => policy.description ?? '-' },
  ];

  return (
    <Table<PolicyRow>
      {...collectionProps}
      items={items}
      trackBy="arn"
      columnDefinitions={columns}
      variant={variant}
      header={header}
      loading={loading}
      loadingText="Loading policies"
      resizableColumns
      // In a wizard the table is narrower: long policy names wrap rather than hide behind an ellipsis.
      wrapLines={variant === 'container'}
      stickyHeader={variant === 'full-page'}
      {...(selectable
        ? {
            selectionType,
            selectedItems: policies.filter((p) => selectedArns.includes(p.arn)),
            onSelectionChange: ({ detail }: { detail: TableProps.SelectionChangeDetail<PolicyRow> }) => onSelectionChange(detail.selectedItems.map((p) => p.arn)),
            ariaLabels: {
              selectionGroupLabel: 'Policies selection',
              allItemsSelectionLabel: () => 'Select all policies on this page',
              itemSelectionLabel: (_: unknown, policy: PolicyRow) => `Select ${policy.policyName}`,
            },
          }
        : {})}
      filter={
        <SpaceBetween direction="horizontal" size="xs">
          <div style={{ minWidth: 360 }}>
            <TextFilter
              filteringText={filteringText}
              onChange={({ detail }) => setFilteringText(detail.filteringText)}
              filteringPlaceholder="Filter by policy name, description or ARN"
              filteringAriaLabel="Filter policies"
              countText={`${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}`}
            />
          </div>
          <Select
            selectedOption={POLICY_TYPE_FILTER_OPTIONS.find((o) => o.value === typeFilter)!}
            options={POLICY_TYPE_FILTER_OPTIONS}
            onChange={({ detail }) => setTypeFilter(detail.selectedOption.value as PolicyTypeFilter)}
            ariaLabel="Filter by type"
          />
        </SpaceBetween>
      }
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (page) => `Page ${page}` }} />}
      empty={
        <ListEmptyState error={listError} noun="policies">
          <Box textAlign="center" color="inherit">
            <b>No policies</b>
            <Box variant="p" color="inherit">
              {policies.length === 0 ? 'No policies to display.' : 'No policies match the filters.'}
            </Box>
          </Box>
        </ListEmptyState>
      }
    />
  );
}
