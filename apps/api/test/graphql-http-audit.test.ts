import { serverAudits } from 'graphql-http';
import { startTestApi, type TestApi } from './support/test-api';

// The GraphQL-over-HTTP specification's server audits, from the graphql-http package. Every MUST must pass; SHOULD
// and MAY items are reported by the package but not required (Apollo answers some errors with 400 instead of 200).
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const audits = serverAudits({ url: () => api.graphqlUrl, fetchFn: fetch });
const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));

it('has MUST audits to run', () => {
  expect(mustAudits.length).toBeGreaterThan(10);
});

for (const audit of mustAudits) {
  it(`${audit.id} ${audit.name}`, async () => {
    const result = await audit.fn();
    expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({ status: 'ok', reason: undefined });
  });
}
