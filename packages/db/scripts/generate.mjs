// Generates the Prisma client into src/generated/prisma without network access.
// Every Prisma CLI command first downloads a native schema engine; `generate` never uses it, and is content with any
// existing file named by PRISMA_SCHEMA_ENGINE_BINARY (see /work/shared/toolchain-notes.md, "Prisma CLI offline").
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const placeholderEngine = join(tmpdir(), 'gatehouse-prisma-schema-engine-placeholder');
closeSync(openSync(placeholderEngine, 'a'));

const result = spawnSync('npx', ['prisma', 'generate'], {
  cwd: repositoryRoot,
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholderEngine, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
