import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** jest globalSetup: a fresh folder for this run's logs, audit dumps and recorded secrets; workers inherit the variable. */
export default function createArtifactsFolder(): void {
  process.env.GATEHOUSE_TEST_ARTIFACTS_DIR = mkdtempSync(join(tmpdir(), 'gatehouse-api-test-'));
}
