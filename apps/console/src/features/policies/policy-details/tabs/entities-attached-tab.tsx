'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import {
  AttachableEntitiesQuery,
  AttachGroupPolicyMutation,
  AttachRolePolicyMutation,
  AttachUserPolicyMutation,
  DetachGroupPolicyMutation,
  DetachRolePolicyMutation,
  DetachUserPolicyMutation,
  ListEntitiesForPolicyQuery,
} from '../../policies.documents';
import type { PolicyDetails } from '../policy-details';
import { entityKey, entityOfKey, type PolicyEntity } from './policy-entity';
import { ModalFooter } from '../../../../components/modal-footer';

/** "Entities attached": the users, groups and roles using the policy as a permissions policy; attach and detach. */
export function EntitiesAttachedTab({ policy, onChanged }: { policy: PolicyDetails; onChanged: () => void }) {
  const { notify } = useNotifications();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ListEntitiesForPolicyQuery, variables: { policyArn: policy.arn } });
  const [selectedKeys, setSelectedKeys] = useState<string[]>([]);
  const [attaching, setAttaching] = useState(false);
  const [detachError, setDetachError] = useState<CombinedError | undefined>();
  const [detaching, setDetaching] = useState(false);
  const [, detachUser] = useMutation(DetachUserPolicyMutation);
  const [, detachGroup] = useMutation(DetachGroupPolicyMutation);
  const [, detachRole] = useMutation(DetachRolePolicyMutation);

  const entities = useMemo<PolicyEntity[]>(() => {
    const found = data?.listEntitiesForPolicy;
    if (!found) return [];
    return [
      ...found.policyUsers.edges.map(({ node }) => ({ type: 'User' as const, name: node.userName })),
      ...found.policyGroups.edges.map(({ node }) => ({ type: 'Group' as const, name: node.groupName })),
      ...found.policyRoles.edges.map(({ node }) => ({ type: 'Role' as const, name: node.roleName })),
    ];
  }, [data]);
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };

  const detach = async () => {
    setDetaching(true);
    let failure: CombinedError | undefined;
    for (const key of selectedKeys) {
      const entity = entityOfKey(key);
      const policyArn = policy.arn;
      const result =
        entity.type === 'User'
          ? await detachUser({ input: { policyArn, userName: entity.name } })
          : entity.type === 'Group'
            ? await detachGroup({ input: { policyArn, groupName: entity.name } })
            : await detachRole({ input: { policyArn, roleName: entity.name } });
      failure = result.error;
      if (failure) break;
    }
    setDetaching(false);
    setDetachError(failure);
    if (!failure) notify({ type: 'success', content: `Policy ${policy.policyName} detached from ${selectedKeys.length} ${selectedKeys.length === 1 ? 'entity' : 'entities'}.` });
    setSelectedKeys([]);
    refresh();
  };

  return (
    <SpaceBetween size="m">
      {error && <ApiErrorFlashbar error={error} failedTo="list the entities attached" />}
      {detachError && <ApiErrorFlashbar error={detachError} failedTo={`detach ${policy.policyName}`} />}
      <Table
        variant="container"
        items={entities}
        trackBy={entityKey}
        loading={fetching && !data}
        loadingText="Loading entities"
        selectionType="multi"
        selectedItems={entities.filter((e) => selectedKeys.includes(entityKey(e)))}
        onSelectionChange={({ detail }) => setSelectedKeys(detail.selectedItems.map(entityKey))}
        ariaLabels={{
          itemSelectionLabel: (_, entity) => `Select ${entity.name}`,
          allItemsSelectionLabel: () => 'Select all entities',
          selectionGroupLabel: 'Entities',
        }}
        header={
          <Header
            variant="h2"
            counter={data ? `(${entities.length})` : undefined}
            description="The users, groups and roles this policy is attached to as a permissions policy."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selectedKeys.length === 0} loading={detaching} onClick={() => void detach()}>
                  Detach
                </Button>
                <Button onClick={() => setAttaching(true)}>Attach</Button>
              </SpaceBetween>
            }
          >
            Entities attached
          </Header>
        }
        columnDefinitions={[
          { id: 'name', header: 'Entity name', isRowHeader: true, cell: (entity) => entity.name },
          { id: 'type', header: 'Entity type', cell: (entity) => entity.type },
        ]}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No entities attached</b>
            <Box variant="p" color="inherit">
              This policy is not attached to any user, group or role.
            </Box>
          </Box>
        }
      />
      {attaching && (
        <AttachPolicyModal
          policy={policy}
          attached={entities.map(entityKey)}
          onDismiss={() => setAttaching(false)}
          onAttached={(entity) => {
            setAttaching(false);
            notify({ type: 'success', content: `Policy ${policy.policyName} attached to ${entity.type.toLowerCase()} ${entity.name}.` });
            refresh();
          }}
        />
      )}
    </SpaceBetween>
  );
}

function AttachPolicyModal({
  policy,
  attached,
  onDismiss,
  onAttached,
}: {
  policy: PolicyDetails;
  attached: string[];
  onDismiss: () => void;
  onAttached: (entity: PolicyEntity) => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: AttachableEntitiesQuery });
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [attachError, setAttachError] = useState<CombinedError | undefined>();
  const [saving, setSaving] = useState(false);
  const [, attachUser] = useMutation(AttachUserPolicyMutation);
  const [, attachGroup] = useMutation(AttachGroupPolicyMutation);
  const [, attachRole] = useMutation(AttachRolePolicyMutation);

  const groups = [
    { label: 'Users', keys: data?.listUsers.edges.map(({ node }) => entityKey({ type: 'User', name: node.userName })) ?? [] },
    { label: 'User groups', keys: data?.listGroups.edges.map(({ node }) => entityKey({ type: 'Group', name: node.groupName })) ?? [] },
    { label: 'Roles', keys: data?.listRoles.edges.map(({ node }) => entityKey({ type: 'Role', name: node.roleName })) ?? [] },
  ];
  const options = groups.map((group) => ({
    label: group.label,
    options: group.keys.filter((key) => !attached.includes(key)).map((key) => ({ value: key, label: entityOfKey(key).name })),
  }));

  const attach = async () => {
    if (!selectedKey) return;
    const entity = entityOfKey(selectedKey);
    const policyArn = policy.arn;
    setSaving(true);
    const result =
      entity.type === 'User'
        ? await attachUser({ input: { policyArn, userName: entity.name } })
        : entity.type === 'Group'
          ? await attachGroup({ input: { policyArn, groupName: entity.name } })
          : await attachRole({ input: { policyArn, roleName: entity.name } });
    setSaving(false);
    setAttachError(result.error);
    if (!result.error) onAttached(entity);
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Attach ${policy.policyName}`}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Attach policy" onAction={() => void attach()} loading={saving} disabled={!selectedKey} />
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="list users, groups and roles" />}
        {attachError && <ApiErrorFlashbar error={attachError} failedTo={`attach ${policy.policyName}`} />}
        <FormField label="User, group or role">
          <Select
            selectedOption={selectedKey ? { value: selectedKey, label: entityOfKey(selectedKey).name } : null}
            options={options}
            filteringType="auto"
            statusType={fetching ? 'loading' : 'finished'}
            placeholder="Choose an entity"
            onChange={({ detail }) => setSelectedKey(detail.selectedOption.value ?? null)}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
