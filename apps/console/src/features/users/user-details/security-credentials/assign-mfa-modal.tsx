'use client';

import { nameConstraint, nameRules, nameViolation } from '@gatehouse/iam-names';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { CreateVirtualMfaDeviceMutation, DeleteVirtualMfaDeviceMutation, EnableMfaDeviceMutation } from '../../users.documents';
import { ModalFooter } from '../../../../components/modal-footer';

interface CreatedDevice {
  serialNumber: string;
  qrCodeUri: string;
  base32StringSeed: string;
}

const CODE = /^\d{6}$/;

/** The otpauth:// URI as a QR code, drawn in the browser: the seed never leaves the page for an image service. */
function QrCode({ uri }: { uri: string }) {
  const [svg, setSvg] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    void QRCode.toString(uri, { type: 'svg', margin: 1, width: 200 }).then((drawn) => current && setSvg(drawn));
    return () => {
      current = false;
    };
  }, [uri]);
  return svg ? <img src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt="QR code of the MFA device's secret" width={200} height={200} /> : null;
}

/**
 * AWS's "Assign MFA device" for an authenticator app: name the device, scan the QR code, then two consecutive codes.
 * A device created but not enabled is deleted on cancel, so no unassigned seed is left behind.
 */
export function AssignMfaModal({ userName, visible, onDismiss, onAssigned }: { userName?: string; visible: boolean; onDismiss: () => void; onAssigned: () => void }) {
  const client = useClient();
  // AWS's self-service policies allow `mfa/${aws:username}`: the user's own name is the device name they permit.
  const [deviceName, setDeviceName] = useState(userName ?? 'root-account-mfa-device');
  const [device, setDevice] = useState<CreatedDevice | undefined>();
  const [codes, setCodes] = useState(['', '']);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const reset = () => {
    setDevice(undefined);
    setCodes(['', '']);
    setTried(false);
    setError(undefined);
  };
  const cancel = async () => {
    if (device) await client.mutation(DeleteVirtualMfaDeviceMutation, { input: { serialNumber: device.serialNumber } }).toPromise();
    reset();
    onDismiss();
  };
  const create = async () => {
    setTried(true);
    if (nameViolation(nameRules.virtualMFADeviceName, deviceName)) return;
    setBusy(true);
    setError(undefined);
    const created = await client.mutation(CreateVirtualMfaDeviceMutation, { input: { virtualMFADeviceName: deviceName } }).toPromise();
    setBusy(false);
    if (created.error) return setError(created.error);
    setDevice(created.data!.createVirtualMFADevice);
    setTried(false);
  };
  const enable = async () => {
    setTried(true);
    if (!device || !codes.every((code) => CODE.test(code))) return;
    setBusy(true);
    setError(undefined);
    const enabled = await client
      .mutation(EnableMfaDeviceMutation, { input: { userName, serialNumber: device.serialNumber, authenticationCode1: codes[0]!, authenticationCode2: codes[1]! } })
      .toPromise();
    setBusy(false);
    if (enabled.error) return setError(enabled.error);
    reset();
    onAssigned();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={() => void cancel()}
      header="Assign MFA device"
      footer={
        <ModalFooter
          onCancel={() => void cancel()}
          actionLabel={device ? 'Add MFA' : 'Next'}
          onAction={() => void (device ? enable() : create())}
          loading={busy}
        />
      }
    >
      <SpaceBetween size="l">
        {error && <ApiErrorFlashbar error={error} failedTo="assign the MFA device" />}
        {!device && (
          <FormField
            label="Device name"
            description="Authenticator app: an app on your phone or computer that shows a code that changes every 30 seconds."
            constraintText={nameConstraint(nameRules.virtualMFADeviceName)}
            errorText={nameViolation(nameRules.virtualMFADeviceName, deviceName)}
          >
            <Input value={deviceName} onChange={({ detail }) => setDeviceName(detail.value)} />
          </FormField>
        )}
        {device && (
          <SpaceBetween size="m">
            <Box variant="p">1. Install a compatible authenticator app on your device.</Box>
            <Box variant="p">2. Open the app and scan this QR code.</Box>
            <QrCode uri={device.qrCodeUri} />
            <ExpandableSection headerText="Show secret key">
              <Box variant="code">{device.base32StringSeed}</Box>
            </ExpandableSection>
            <Box variant="p">3. Type two consecutive codes from the app.</Box>
            {[0, 1].map((index) => (
              <FormField key={index} label={`MFA code ${index + 1}`} errorText={tried && !CODE.test(codes[index]!) ? 'Enter a 6-digit code.' : undefined}>
                <Input
                  value={codes[index]!}
                  inputMode="numeric"
                  onChange={({ detail }) => setCodes((current) => current.map((code, i) => (i === index ? detail.value.trim() : code)))}
                />
              </FormField>
            ))}
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Modal>
  );
}
