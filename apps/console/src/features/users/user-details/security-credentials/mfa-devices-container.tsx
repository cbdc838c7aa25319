'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { PermissionLimit } from '../../../../components/api-error/permission-limit';
import { formatDateTime } from '../../../../components/time/time-ago';
import { DeactivateMfaDeviceMutation, DeleteVirtualMfaDeviceMutation, MfaDevicesQuery } from '../../users.documents';
import { AssignMfaModal } from './assign-mfa-modal';

type MfaDevice = { serialNumber: string; enableDate: string };

/** MFA devices of a user, or of the caller (the root user's own) when `userName` is absent: assign and remove. */
export function MfaDevicesContainer({ userName }: { userName?: string }) {
  const client = useClient();
  const [devices, refresh] = useQuery({ query: MfaDevicesQuery, variables: { userName } });
  const [selected, setSelected] = useState<MfaDevice[]>([]);
  const [assignVisible, setAssignVisible] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const rows = devices.data?.listMFADevices.edges.map((edge) => edge.node) ?? [];
  const reload = () => refresh({ requestPolicy: 'network-only' });

  /** AWS's Remove: deactivate the device for the user, then delete the virtual device and its seed. */
  const remove = async () => {
    const device = selected[0];
    if (!device) return;
    setRemoving(true);
    setError(undefined);
    const deactivated = await client.mutation(DeactivateMfaDeviceMutation, { input: { userName, serialNumber: device.serialNumber } }).toPromise();
    const deleted = deactivated.error ? undefined : await client.mutation(DeleteVirtualMfaDeviceMutation, { input: { serialNumber: device.serialNumber } }).toPromise();
    setRemoving(false);
    setError(deactivated.error ?? deleted?.error);
    setSelected([]);
    reload();
  };

  return (
    <SpaceBetween size="s">
      {devices.error && <PermissionLimit error={devices.error} failedTo="list MFA devices" cannot="the MFA devices can't be listed or removed here" />}
      {error && <ApiErrorFlashbar error={error} failedTo="remove the MFA device" />}
      <Table<MfaDevice>
        items={rows}
        loading={devices.fetching && !devices.data}
        loadingText="Loading MFA devices"
        selectionType="single"
        trackBy="serialNumber"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, device) => `Select ${device.serialNumber}`, allItemsSelectionLabel: () => 'Select all', selectionGroupLabel: 'MFA devices' }}
        header={
          <Header
            counter={`(${rows.length})`}
            description="Use MFA to increase the security of your environment. Signing in with MFA requires a code from the device."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} loading={removing} onClick={() => void remove()}>
                  Remove
                </Button>
                <Button onClick={() => setAssignVisible(true)}>Assign MFA device</Button>
              </SpaceBetween>
            }
          >
            Multi-factor authentication (MFA)
          </Header>
        }
        columnDefinitions={[
          { id: 'type', header: 'Type', cell: () => 'Virtual' },
          { id: 'serialNumber', header: 'Identifier', cell: (device) => device.serialNumber, isRowHeader: true },
          { id: 'enableDate', header: 'Created on', cell: (device) => formatDateTime(device.enableDate) },
        ]}
        empty={<Box textAlign="center">No MFA devices. Assign an MFA device to improve the security of {userName ? 'this user' : 'the root user'}.</Box>}
      />
      <AssignMfaModal
        userName={userName}
        visible={assignVisible}
        onDismiss={() => setAssignVisible(false)}
        onAssigned={() => {
          setAssignVisible(false);
          reload();
        }}
      />
    </SpaceBetween>
  );
}
