import { stopRunPool } from '@gatehouse/db/testing';

export default async function globalTeardown(): Promise<void> {
  await globalThis.gatehouseConsole?.stop();
  await globalThis.gatehouseApi?.stop();
  await stopRunPool();
}
