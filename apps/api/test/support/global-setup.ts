import { startRunPool } from '@gatehouse/db/testing';
import createArtifactsFolder from './artifacts-global-setup';

/** jest globalSetup: the artifacts folder, and a pool of embedded databases when the run has no database yet. */
export default async function globalSetup(): Promise<void> {
  createArtifactsFolder();
  await startRunPool();
}
