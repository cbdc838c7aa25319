import { createRootAccount, startTestApi, type TestApi } from '../support/test-api';
import { GraphQLClient } from '../support/graphql-client';
import { measureSignInTiming, prepareSignInTimingTarget, type SignInTimingTarget } from './sign-in-timing';

// The bounded form of scripts/sign-in-timing.ts (200 tries a scenario there, 15 here). What it asserts is the cause of
// equal timing, not a timer's precision: every refused sign-in, whoever it names, runs one argon2id verification of the
// same cost (DECOY_PASSWORD_HASH when nobody has the name), so each unknown scenario's CPU time is of the order of
// the known one's. Without the decoy an unknown name would cost a few milliseconds against some fifty.

let api: TestApi;
let target: SignInTimingTarget;

beforeAll(async () => {
  // Behind a trusted loopback proxy, so that each try comes from an address of its own and is never throttled.
  api = await startTestApi({ http: { trustProxy: 'loopback' } });
  const root = await createRootAccount(api.prisma);
  const client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  target = await prepareSignInTimingTarget(api.graphqlUrl, client.cookie!, root);
}, 60_000);
afterAll(() => api.stop());

it('spends the same password-hashing work on an unknown user, account or email as on a wrong password', async () => {
  const figures = await measureSignInTiming(target, 15);
  expect(figures.unexpectedAnswers).toBe(0);
  for (const [comparison, difference] of Object.entries(figures.differences)) {
    const [unknown, known] = comparison.split(' - ') as [keyof typeof figures.medians, keyof typeof figures.medians];
    expect({ comparison, unknownCpuShare: figures.medians[unknown].cpuMs / figures.medians[known].cpuMs > 0.5 }).toEqual({ comparison, unknownCpuShare: true });
    expect(difference.cpuMs).toBeLessThan(figures.medians[known].cpuMs);
  }
}, 180_000);
