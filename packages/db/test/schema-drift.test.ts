import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffDatabaseToSchema } from '@gatehouse/db/migrate';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { schemaPath } from '../src/paths';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

test('the migrations produce exactly schema.prisma', async () => {
  expect(await diffDatabaseToSchema({ databaseUrl: database.databaseUrl })).toBe('');
});

test('a schema the migrations do not produce is reported with the SQL that is missing', async () => {
  const schema = await readFile(schemaPath, 'utf8');
  const changed = schema.replace(/(model User \{\n)/, '$1  nickname String? @db.Citext\n');
  expect(changed).not.toBe(schema);
  const changedPath = join(await mkdtemp(join(tmpdir(), 'gatehouse-schema-')), 'schema.prisma');
  await writeFile(changedPath, changed);

  const sql = await diffDatabaseToSchema({ databaseUrl: database.databaseUrl, schemaPath: changedPath });
  expect(sql).toContain('ALTER TABLE "User" ADD COLUMN     "nickname" CITEXT;');
});
