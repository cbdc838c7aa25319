import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { schemaPath as defaultSchemaPath } from '../paths';
import { engineAdapter } from './engine-adapter';
import { loadSchemaEngine } from './schema-engine';

export interface DiffOptions {
  /** The database to compare, usually one that the migrations were just applied to. It is only read. */
  databaseUrl: string;
  schemaPath?: string;
}

/**
 * The SQL that takes the database's current shape to the one in schema.prisma, or '' when they agree: this is
 * `prisma migrate diff --from-config-datasource --to-schema --script`, run by the WASM schema engine, which needs no
 * download. The database side is described with the schema's own preview features, so declared extensions (citext)
 * take part in the comparison; the engine's `migrations` source would replay them without those features.
 */
export async function diffDatabaseToSchema(options: DiffOptions): Promise<string> {
  const schemaFile = options.schemaPath ?? defaultSchemaPath;
  const schema = { path: basename(schemaFile), content: await readFile(schemaFile, 'utf8') };
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, engineAdapter(options.databaseUrl));
  try {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: dirname(schemaFile) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = result.stdout ?? '';
    return isEmptyScript(script) ? '' : script;
  } finally {
    engine.free();
  }
}

// The engine answers an empty diff with a comment line rather than an empty string.
function isEmptyScript(script: string): boolean {
  return script.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}
