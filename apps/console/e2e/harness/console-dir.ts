import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The console workspace folder. npm starts the browser tests (jest, CommonJS) and the benchmark scripts (tsx, ESM) in
 * it, and the working directory is the one location both module formats can read; a run from elsewhere fails plainly.
 */
export function consoleDir(): string {
  const dir = process.cwd();
  if (!existsSync(join(dir, 'e2e', 'harness', 'console-dir.ts'))) {
    throw new Error(`run this from apps/console (npm test -w @gatehouse/console); the working directory is ${dir}`);
  }
  return dir;
}
