import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from '../paths';
import { readMigrationFiles } from './migration-files';
import { loadSchemaEngine, withPanicMessage } from './schema-engine';

export interface DiffOptions {
  /**
   * An empty database the engine may fill: it replays the migrations there to learn the shape they produce.
   * Dropped by nobody: pass a throwaway database (an in-memory embedded Postgres, for example).
   */
  shadowDatabaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
}

/**
 * The SQL that takes a database built by the migrations to the shape in schema.prisma, or '' when they agree.
 * This is `prisma migrate diff --from-migrations --to-schema --script` through the WASM schema engine, which needs no
 * download and so works offline.
 */
export async function diffMigrationsToSchema(options: DiffOptions): Promise<string> {
  const schemaFile = options.schemaPath ?? defaultSchemaPath;
  const schema = { path: basename(schemaFile), content: await readFile(schemaFile, 'utf8') };
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const migrations = await readMigrationFiles(migrationsDir);
  const migrationList: MigrationList = {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };

  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, shadowAdapter(options.shadowDatabaseUrl));
  try {
    const result = await withPanicMessage(() =>
      engine.diff({
        from: { tag: 'migrations', ...migrationList },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    return isEmptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
  } finally {
    engine.free();
  }
}

// The engine answers an empty diff with a comment line rather than an empty string.
function isEmptyScript(script: string): boolean {
  return script
    .split('\n')
    .every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

// PostgreSQL's one-byte "char" type (OID 18) is missing from adapter-pg's type map, and the engine's introspection
// reads catalog columns of that type (pg_class.relkind, …). Its text form is the character itself: reported as text.
const CHAR_OID = 18;
const TEXT_OID = 25;

function reportCharAsText(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
}

// pg.Pool calls query() with a callback, a client in a transaction without one: both are covered.
class CatalogAwareClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) => {
        reportCharAsText(result);
        callback(error, result);
      };
    }
    const pending: unknown = Reflect.apply(pg.Client.prototype.query, this, args);
    if (!(pending instanceof Promise)) return pending as never;
    return pending.then((result: pg.QueryResult) => {
      reportCharAsText(result);
      return result;
    }) as never;
  }
}

/**
 * adapter-pg's own shadow database support creates a database next to the main one and, given a connection string,
 * still connects to the main one (the string wins over its `database` option). Both roles get the throwaway database
 * instead, through one connection: the engine's advisory lock expects a single session.
 */
function shadowAdapter(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, Client: CatalogAwareClient });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const migrationAware: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: () => factory.connect(),
  };
  return bindMigrationAwareSqlAdapterFactory(migrationAware);
}
