import { stopRunPool } from '@gatehouse/db/testing';
import scanForSecrets from './secrets-scan-global-teardown';

/** jest globalTeardown: the secrets scan, then the pool globalSetup may have started. */
export default async function globalTeardown(): Promise<void> {
  try {
    scanForSecrets();
  } finally {
    await stopRunPool();
  }
}
