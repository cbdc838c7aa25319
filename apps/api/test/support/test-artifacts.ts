import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, visit } from 'graphql';
import type { PrismaClient } from '@gatehouse/db';
import { isSecretMember } from '../../src/audit/redact-secrets';

// What the suite writes, per test file, into the run's folder (made by the jest globalSetup): the log lines of every
// test API server, the audit events of every test database before it is dropped, and every secret the test clients
// handled. The globalTeardown then scans the first two for the third.

/** Secrets shorter than this are not recorded: a 6-digit TOTP code would match digits of unrelated ids. */
const minimumSecretLength = 8;

export interface RecordedSecret {
  kind: string;
  value: string;
}

function artifactPath(suffix: string): string {
  const folder = process.env.GATEHOUSE_TEST_ARTIFACTS_DIR;
  if (!folder) throw new Error('GATEHOUSE_TEST_ARTIFACTS_DIR is not set: run the API tests through jest, whose globalSetup sets it');
  const testFile = relative(process.cwd(), expect.getState().testPath ?? 'unknown').replaceAll('/', '__');
  return join(folder, `${testFile}.${suffix}`);
}

/** Appends one log line (pino's JSON, newline included) to this test file's log. */
export function appendLogLine(line: string): void {
  appendFileSync(artifactPath('log.jsonl'), line);
}

/** Appends every audit event of a test database to this test file's audit dump; called before the database is dropped. */
export async function dumpAuditEvents(prisma: PrismaClient): Promise<void> {
  const events = await prisma.auditEvent.findMany({ orderBy: { eventTime: 'asc' } });
  if (events.length > 0) appendFileSync(artifactPath('audit.jsonl'), events.map((event) => `${JSON.stringify(event)}\n`).join(''));
}

const recorded = new Set<string>();

/** Records a secret a test client sent or received, under a kind that names it without showing it. */
export function recordSecret(kind: string, value: string): void {
  if (value.length < minimumSecretLength || recorded.has(value)) return;
  recorded.add(value);
  appendFileSync(artifactPath('secrets.jsonl'), `${JSON.stringify({ kind, value } satisfies RecordedSecret)}\n`);
}

/** Records the string value of every member named as a secret (src/audit/redact-secrets.ts), at any depth. */
export function recordSecretMembers(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(recordSecretMembers);
  } else if (value !== null && typeof value === 'object') {
    for (const [name, member] of Object.entries(value)) {
      if (isSecretMember(name) && typeof member === 'string') recordSecret(name, member);
      else recordSecretMembers(member);
    }
  }
}

/** Records the secrets written as literals in a GraphQL document (`signIn(input: { password: "…" })`). */
export function recordSecretLiterals(query: string): void {
  let document;
  try {
    document = parse(query);
  } catch {
    return; // A malformed document (a test of parse errors) reaches no resolver.
  }
  const recordLiteral = (node: { name: { value: string }; value: { kind: Kind } & { value?: unknown } }) => {
    if (isSecretMember(node.name.value) && node.value.kind === Kind.STRING) recordSecret(node.name.value, String(node.value.value));
  };
  visit(document, { Argument: recordLiteral, ObjectField: recordLiteral });
}

/** The secrets recorded so far by this test file. */
export function recordedSecrets(): RecordedSecret[] {
  return readFileSync(artifactPath('secrets.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedSecret);
}
