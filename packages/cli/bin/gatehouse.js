#!/usr/bin/env node
// The `gatehouse` command. Gatehouse's packages are TypeScript source, so tsx is registered before the entry loads,
// with the CLI's runtime tsconfig wherever the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.runtime.json', import.meta.url)) });
await import('../src/main.ts');
