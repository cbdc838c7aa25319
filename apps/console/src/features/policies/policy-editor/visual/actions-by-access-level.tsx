'use client';

import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import TokenGroup from '@cloudscape-design/components/token-group';
import type { AccessLevel, CatalogAction } from '@gatehouse/evaluator/catalog';
import { useMemo, useState } from 'react';
import { useCatalog } from '../../../catalog/catalog-provider';
import { actionGroups, coveringAction, type AccessLevelGroup } from '../model/access-levels';

export interface ActionsByAccessLevelProps {
  service: string;
  /** The statement's actions of this service, as written (exact names and patterns). */
  actions: readonly string[];
  readOnly: boolean;
  onSelect: (actions: string[], selected: boolean) => void;
  onSelectAll: (all: boolean) => void;
}

/** "Actions allowed": a search box, "All <service> actions", then List / Read / Write / … with a checkbox per action. */
export function ActionsByAccessLevel({ service, actions, readOnly, onSelect, onSelectAll }: ActionsByAccessLevelProps) {
  const [search, setSearch] = useState('');
  const catalog = useCatalog();
  const groups = useMemo(() => actionGroups(service, search, catalog), [service, search, catalog]);
  const catalogActions = useMemo(() => catalog.listActions(service), [service, catalog]);
  const serviceName = catalog.getService(service)?.name ?? service;
  const allPattern = `${service}:*`;
  const all = actions.some((a) => a.toLowerCase() === allPattern);
  // Patterns (`s3:Get*`) and names the catalog does not know stay visible and removable, never silently dropped.
  const others = actions.filter(
    (a) => a.toLowerCase() !== allPattern && !catalogActions.some((c) => c.action.toLowerCase() === a.toLowerCase()),
  );

  return (
    <SpaceBetween size="s">
      <TextFilter
        filteringText={search}
        filteringPlaceholder="Filter actions"
        filteringAriaLabel={`Filter ${serviceName} actions`}
        onChange={({ detail }) => setSearch(detail.filteringText)}
        countText={search ? `${groups.reduce((n, g) => n + g.actions.length, 0)} matches` : undefined}
      />
      <Checkbox checked={all} readOnly={readOnly} onChange={({ detail }) => onSelectAll(detail.checked)}>
        All {serviceName} actions ({allPattern})
      </Checkbox>
      {others.length > 0 && (
        <SpaceBetween size="xxs">
          <Box variant="awsui-key-label">Other actions in this statement</Box>
          <TokenGroup
            items={others.map((a) => ({ label: a, dismissLabel: `Remove ${a}` }))}
            readOnly={readOnly}
            onDismiss={({ detail }) => onSelect([others[detail.itemIndex]!], false)}
          />
        </SpaceBetween>
      )}
      {groups.map((group) => (
        <AccessLevelSection
          key={group.level}
          group={group}
          actions={actions}
          readOnly={readOnly}
          lockedByAll={all}
          expandedBySearch={search !== ''}
          onSelect={onSelect}
        />
      ))}
      {groups.length === 0 && <Box color="text-status-inactive">No actions match “{search}”.</Box>}
    </SpaceBetween>
  );
}

function AccessLevelSection({
  group,
  actions,
  readOnly,
  lockedByAll,
  expandedBySearch,
  onSelect,
}: {
  group: AccessLevelGroup;
  actions: readonly string[];
  readOnly: boolean;
  /** "All <service> actions" is checked: every action is included and none can be unchecked on its own. */
  lockedByAll: boolean;
  expandedBySearch: boolean;
  onSelect: (actions: string[], selected: boolean) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const selected = group.actions.filter((a) => coveringAction(actions, a) !== undefined);
  const open = expanded || expandedBySearch;
  return (
    <ExpandableSection
      expanded={open}
      onChange={({ detail }) => setExpanded(detail.expanded)}
      headerText={accessLevelTitle(group.level, selected.length, group.actions.length)}
      variant="footer"
    >
      {/* The checkboxes are built only when the section is open: EC2 alone has several hundred actions. */}
      {open && (
        <SpaceBetween size="s">
          <Checkbox
            checked={selected.length === group.actions.length}
            indeterminate={selected.length > 0 && selected.length < group.actions.length}
            readOnly={readOnly}
            disabled={lockedByAll}
            onChange={({ detail }) => onSelect(group.actions.map((a) => a.action), detail.checked)}
          >
            All {group.level} actions
          </Checkbox>
          <ColumnLayout columns={3} variant="text-grid">
            {group.actions.map((action) => (
              <ActionCheckbox
                key={action.action}
                action={action}
                actions={actions}
                readOnly={readOnly}
                locked={lockedByAll}
                onSelect={onSelect}
              />
            ))}
          </ColumnLayout>
        </SpaceBetween>
      )}
    </ExpandableSection>
  );
}

function ActionCheckbox({
  action,
  actions,
  readOnly,
  locked,
  onSelect,
}: {
  action: CatalogAction;
  actions: readonly string[];
  readOnly: boolean;
  locked: boolean;
  onSelect: (actions: string[], selected: boolean) => void;
}) {
  const covering = coveringAction(actions, action);
  const byPattern = covering !== undefined && covering.toLowerCase() !== action.action.toLowerCase();
  return (
    <Checkbox
      checked={covering !== undefined}
      readOnly={readOnly}
      disabled={locked || byPattern}
      description={byPattern ? `Included by ${covering}` : undefined}
      onChange={({ detail }) => onSelect([action.action], detail.checked)}
    >
      {action.name}
    </Checkbox>
  );
}

function accessLevelTitle(level: AccessLevel, selected: number, total: number): string {
  return selected === 0 ? `${level} (${total})` : `${level} (${selected} of ${total} selected)`;
}
