import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedSecret } from './test-artifacts';

/**
 * Every place a recorded secret was found: the log or audit file and the kind of secret, never the secret itself.
 * Files are read whole: a secret split over two lines would not be one written by the server.
 */
export function findLeakedSecrets(folder: string): string[] {
  const files = readdirSync(folder);
  const secrets = files
    .filter((file) => file.endsWith('.secrets.jsonl'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as RecordedSecret);
  return files
    .filter((file) => file.endsWith('.log.jsonl') || file.endsWith('.audit.jsonl'))
    .flatMap((file) => {
      const content = readFileSync(join(folder, file), 'utf8');
      const kinds = new Set(secrets.filter((secret) => content.includes(secret.value)).map((secret) => secret.kind));
      return [...kinds].map((kind) => `${file}: a ${kind}`);
    });
}

/** jest globalTeardown: fails the run when any secret a test client handled reached a log line or an audit event. */
export default function scanForSecrets(): void {
  const folder = process.env.GATEHOUSE_TEST_ARTIFACTS_DIR;
  if (!folder) throw new Error('GATEHOUSE_TEST_ARTIFACTS_DIR is not set: the globalSetup did not run');
  const leaks = findLeakedSecrets(folder);
  if (leaks.length > 0) {
    throw new Error(`Secrets handled by the tests were written to logs or audit events (files kept in ${folder}):\n${leaks.join('\n')}`);
  }
  rmSync(folder, { recursive: true, force: true });
}
