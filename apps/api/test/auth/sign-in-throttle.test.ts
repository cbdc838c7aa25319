import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import {
  admitSignInAttempt,
  DEFAULT_SIGN_IN_THROTTLE,
  pruneSignInAttempts,
  recordSignInSuccess,
  signInPrincipalKey,
  type SignInAdmission,
} from '../../src/auth/sign-in-throttle';
import { dumpAuditEvents } from '../support/test-artifacts';

let database: TestDatabase;
let db: PrismaClient;
const T0 = new Date('2026-03-01T12:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await dumpAuditEvents(database.prisma);
  await database.drop();
});
beforeEach(() => db.signInAttempt.deleteMany());

/** Admits and fails `count` attempts one after another at `when`. */
async function failAttempts(count: number, principalKey: string, sourceIp: string, when: Date): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    expect(await admitSignInAttempt(db, { principalKey, sourceIp }, when)).toMatchObject({ admitted: true });
  }
}

describe('signInPrincipalKey', () => {
  it('keys root users by email and IAM users by account and user name, ignoring case', () => {
    expect(signInPrincipalKey({ kind: 'root', email: 'Admin@Example.com' })).toBe('root:admin@example.com');
    expect(signInPrincipalKey({ kind: 'iamUser', account: '111122223333', userName: 'Alice' })).toBe('111122223333:alice');
  });
});

describe('admitSignInAttempt (PostgreSQL)', () => {
  const alice = '111122223333:alice';

  it('lets the first failures through, then doubles the wait after each further failure', async () => {
    await failAttempts(3, alice, '192.0.2.1', at(0));
    expect(await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(0))).toEqual({
      admitted: false,
      retryAfterSeconds: 1,
    });
    await failAttempts(1, alice, '192.0.2.1', at(1));
    expect(await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(1))).toEqual({
      admitted: false,
      retryAfterSeconds: 2,
    });
    // The refused attempt was not recorded: only the four admitted ones exist.
    expect(await db.signInAttempt.count({ where: { principalKey: alice } })).toBe(4);
    await failAttempts(1, alice, '192.0.2.1', at(3));
    expect(await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(5))).toEqual({
      admitted: false,
      retryAfterSeconds: 2,
    });
  });

  it('caps the wait at the maximum delay and forgets failures older than the window', async () => {
    await db.signInAttempt.createMany({
      data: Array.from({ length: 30 }, () => ({ principalKey: alice, sourceIp: '192.0.2.1', succeeded: false, createdAt: at(0) })),
    });
    const refused = await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(0));
    expect(refused).toEqual({ admitted: false, retryAfterSeconds: DEFAULT_SIGN_IN_THROTTLE.maxDelayMs / 1000 });
    const afterWindow = at(DEFAULT_SIGN_IN_THROTTLE.windowMs / 1000 + 1);
    expect(await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, afterWindow)).toMatchObject({
      admitted: true,
    });
  });

  it('never locks the root user out for good: after 1,000 failures it waits at most the maximum delay, and at once elsewhere', async () => {
    const root = signInPrincipalKey({ kind: 'root', email: 'owner@example.com' });
    await db.signInAttempt.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({ principalKey: root, sourceIp: '192.0.2.7', succeeded: false, createdAt: at(i) })),
    });
    const lastFailure = at(999);
    const maxDelaySeconds = DEFAULT_SIGN_IN_THROTTLE.maxDelayMs / 1000;
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '192.0.2.7' }, lastFailure)).toEqual({ admitted: false, retryAfterSeconds: maxDelaySeconds });
    // Temporary, as AWS's: the owner signs in from an address with no failures at once, and from the guesser's once the wait is over.
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '198.51.100.9' }, lastFailure)).toMatchObject({ admitted: true });
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '192.0.2.7' }, at(999 + maxDelaySeconds))).toMatchObject({ admitted: true });
  });

  it('clears the principal after a success', async () => {
    await failAttempts(3, alice, '192.0.2.1', at(0));
    const admitted = (await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(1))) as Extract<
      SignInAdmission,
      { admitted: true }
    >;
    // As the sign-in service does: in the transaction that opens the session.
    await db.$transaction((tx) => recordSignInSuccess(tx, admitted.attemptId));
    await failAttempts(3, alice, '192.0.2.1', at(2));
    expect(await admitSignInAttempt(db, { principalKey: alice, sourceIp: '192.0.2.1' }, at(2))).toMatchObject({
      admitted: false,
    });
  });

  it('slows one source address trying many user names, and leaves other addresses alone', async () => {
    for (let i = 0; i < DEFAULT_SIGN_IN_THROTTLE.freeFailuresPerSourceIp; i += 1) {
      await failAttempts(1, `111122223333:user${i}`, '198.51.100.7', at(0));
    }
    expect(await admitSignInAttempt(db, { principalKey: '111122223333:fresh', sourceIp: '198.51.100.7' }, at(0))).toEqual({
      admitted: false,
      retryAfterSeconds: 1,
    });
    expect(await admitSignInAttempt(db, { principalKey: '111122223333:fresh', sourceIp: '203.0.113.9' }, at(0))).toMatchObject({
      admitted: true,
    });
  });

  it("never locks the principal out of an address with no failures: a fresh address gets one guess while the principal's delay runs", async () => {
    const root = signInPrincipalKey({ kind: 'root', email: 'owner@example.com' });
    await db.signInAttempt.createMany({
      data: Array.from({ length: 30 }, () => ({ principalKey: root, sourceIp: '192.0.2.66', succeeded: false, createdAt: at(0) })),
    });
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '192.0.2.66' }, at(0))).toMatchObject({ admitted: false });
    // Another attacker address gets one guess, then waits as the principal's delay says.
    await failAttempts(1, root, '203.0.113.5', at(1));
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '203.0.113.5' }, at(1))).toMatchObject({ admitted: false });
    // The owner's own address has never failed: admitted.
    const owner = (await admitSignInAttempt(db, { principalKey: root, sourceIp: '198.51.100.1' }, at(2))) as Extract<SignInAdmission, { admitted: true }>;
    expect(owner.admitted).toBe(true);
    await db.$transaction((tx) => recordSignInSuccess(tx, owner.attemptId));
    // Never for longer than the maximum delay after the last failure.
    await db.signInAttempt.createMany({
      data: Array.from({ length: 30 }, () => ({ principalKey: root, sourceIp: '192.0.2.66', succeeded: false, createdAt: at(3) })),
    });
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '192.0.2.66' }, at(3))).toMatchObject({ admitted: false });
    const later = at(3 + DEFAULT_SIGN_IN_THROTTLE.maxDelayMs / 1000);
    expect(await admitSignInAttempt(db, { principalKey: root, sourceIp: '192.0.2.66' }, later)).toMatchObject({ admitted: true });
  });

  it('counts parallel attempts from two API processes against each other', async () => {
    const otherProcess = createPrismaClient(database.databaseUrl);
    try {
      const admissions = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          admitSignInAttempt(i % 2 === 0 ? db : otherProcess, { principalKey: alice, sourceIp: '192.0.2.1' }, at(0)),
        ),
      );
      expect(admissions.filter((a) => a.admitted)).toHaveLength(DEFAULT_SIGN_IN_THROTTLE.freeFailuresPerPrincipal);
    } finally {
      await otherProcess.$disconnect();
    }
  });

  it('prunes attempts older than the window', async () => {
    await failAttempts(2, alice, '192.0.2.1', at(0));
    await failAttempts(1, alice, '192.0.2.1', at(DEFAULT_SIGN_IN_THROTTLE.windowMs / 1000));
    expect(await pruneSignInAttempts(db, at(DEFAULT_SIGN_IN_THROTTLE.windowMs / 1000 + 1))).toBe(2);
    expect(await db.signInAttempt.count()).toBe(1);
  });
});
