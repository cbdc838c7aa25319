import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { ListeningClient } from '../listening-client';

// PostgreSQL's one-byte "char" type (OID 18) is missing from adapter-pg's type map, yet the engine's introspection
// reads catalog columns of that type (pg_constraint.contype, pg_class.relkind) and expects them as Character. The
// client reports them as text to get past adapter-pg, tagging the row array, which adapter-pg hands through untouched;
// the adapter below then restores Character for the tagged columns.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = Symbol('charColumns');

type TaggedRows = unknown[] & { [charColumns]?: number[] };

function tagCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const indexes: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) Object.defineProperty(result.rows, charColumns, { value: indexes });
}

// pg.Pool calls query() with a callback, a client in a transaction without one: both are covered.
class CharTaggingClient extends ListeningClient {
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) => {
        tagCharColumns(result);
        callback(error, result);
      };
    }
    const pending: unknown = Reflect.apply(pg.Client.prototype.query, this, args);
    if (!(pending instanceof Promise)) return pending as never;
    return pending.then((result: pg.QueryResult) => {
      tagCharColumns(result);
      return result;
    }) as never;
  }
}

function withCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryRaw: SqlDriverAdapter['queryRaw'] = async (query) => {
    const result = await adapter.queryRaw(query);
    for (const index of (result.rows as TaggedRows)[charColumns] ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, { queryRaw });
}

/**
 * The driver adapter handed to the schema engine. The engine never needs a shadow database here (it only describes
 * the given database), and adapter-pg's own would be wrong anyway: given a connection string it creates a database
 * beside the main one and then connects to the main one (the string wins over its `database` option). So both roles
 * get the given database. Each connection has its own single-connection pool: the engine ends one when it is done
 * with it, and its advisory lock wants one session.
 */
export function engineAdapter(databaseUrl: string) {
  const connect = async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, Client: CharTaggingClient });
    return withCharColumns(await new PrismaPg(pool, { disposeExternalPool: true }).connect());
  };
  const migrationAware: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect,
    connectToShadowDb: connect,
  };
  return bindMigrationAwareSqlAdapterFactory(migrationAware);
}
