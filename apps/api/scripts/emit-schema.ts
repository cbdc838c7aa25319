// npm run schema -w @gatehouse/api: writes schema.graphql, the contract the console runs codegen against.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from '../src/graphql/print-schema';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
await writeFile(target, await printApiSchema());
console.log(`wrote ${target}`);
