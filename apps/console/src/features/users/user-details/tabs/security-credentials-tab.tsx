'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import { AccessKeysContainer } from '../security-credentials/access-keys-container';
import { ConsoleAccessContainer } from '../security-credentials/console-access-container';
import { MfaDevicesContainer } from '../security-credentials/mfa-devices-container';

export function SecurityCredentialsTab({ userName, passwordLastUsed }: { userName: string; passwordLastUsed: string | null | undefined }) {
  return (
    <SpaceBetween size="l">
      <ConsoleAccessContainer userName={userName} passwordLastUsed={passwordLastUsed} />
      <MfaDevicesContainer userName={userName} />
      <AccessKeysContainer userName={userName} />
    </SpaceBetween>
  );
}
