import { verifyTotpCode, type SecretBox } from '@gatehouse/credentials';
import type { PrismaClient } from '@gatehouse/db';

/**
 * Checks a TOTP code from a virtual MFA device and, when it is valid, marks its time step as used, so the same code
 * is never accepted twice (a code seen over someone's shoulder cannot be replayed). The step is claimed with one
 * conditional update: of two requests racing with the same code, only one wins.
 */
export async function acceptMfaCode(
  db: Pick<PrismaClient, 'virtualMfaDevice'>,
  secretBox: SecretBox,
  serialNumber: string,
  code: string,
): Promise<boolean> {
  const device = await db.virtualMfaDevice.findUnique({ where: { serialNumber } });
  if (!device) return false;
  const verification = verifyTotpCode({
    // The seed is sealed with its serial number as context (CreateVirtualMFADevice).
    seedBase32: secretBox.unseal(device.seedSealed, serialNumber),
    code,
    lastUsedTimeStep: device.lastTimeStep,
  });
  if (!verification.valid) return false;
  const { count } = await db.virtualMfaDevice.updateMany({
    where: { serialNumber, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: verification.timeStep } }] },
    data: { lastTimeStep: verification.timeStep },
  });
  return count === 1;
}
