import { rmSync } from 'node:fs';
import { stopRunPool } from '@gatehouse/db/testing';

export default async function globalTeardown(): Promise<void> {
  await globalThis.gatehouseConsole?.stop();
  await globalThis.gatehouseApi?.stop();
  await stopRunPool();
  if (globalThis.gatehouseOidcCertificates) rmSync(globalThis.gatehouseOidcCertificates.dir, { recursive: true, force: true });
}
