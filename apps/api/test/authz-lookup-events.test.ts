import { startTestApi, type TestApi } from './support/test-api';
import { allow, deny } from './authz/iam-fixtures';
import { IamWorld } from './auth/iam-world';

// lookupEvents: CloudTrail's LookupEvents over the audit trail, filtered, paginated, authorized, account-scoped.

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;
let other: Awaited<ReturnType<IamWorld['account']>>;

const lookupEvents = `query ($first: Int, $after: String, $eventName: String, $principal: String, $resourceArn: String, $startTime: DateTime, $endTime: DateTime) {
  lookupEvents(first: $first, after: $after, eventName: $eventName, principal: $principal, resourceArn: $resourceArn, startTime: $startTime, endTime: $endTime) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { eventName principalArn username resources cloudTrailEvent } }
  }
}`;

let beforeCreates: Date;

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
  other = await world.account();
  beforeCreates = new Date();
  for (const userName of ['u1', 'u2', 'u3']) {
    await home.root.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }', { input: { userName } });
  }
  await other.root.data('mutation { createUser(input: { userName: "elsewhere" }) { userName } }');
});
afterAll(() => api.stop());

type Node = { eventName: string; principalArn: string; username: string; resources: string[]; cloudTrailEvent: string };
const nodes = (result: { lookupEvents: { edges: Array<{ node: Node }> } }) => result.lookupEvents.edges.map((edge) => edge.node);

describe('lookupEvents', () => {
  it('filters by event name, principal and resource, newest first, within the caller\'s account only', async () => {
    const created = nodes(await home.root.data(lookupEvents, { eventName: 'CreateUser' }));
    expect(created.map((event) => event.resources[0])).toEqual(['u3', 'u2', 'u1'].map((name) => `arn:aws:iam::${home.accountId}:user/${name}`));
    expect(created.every((event) => event.principalArn === `arn:aws:iam::${home.accountId}:root` && event.username === 'root')).toBe(true);

    const byResource = nodes(await home.root.data(lookupEvents, { resourceArn: `arn:aws:iam::${home.accountId}:user/u2` }));
    expect(byResource.map((event) => event.eventName)).toEqual(['CreateUser']);
    expect(JSON.parse(byResource[0]!.cloudTrailEvent)).toMatchObject({ eventName: 'CreateUser', requestParameters: { userName: 'u2' }, recipientAccountId: home.accountId });

    const byPrincipal = nodes(await home.root.data(lookupEvents, { principal: `arn:aws:iam::${home.accountId}:root`, eventName: 'ConsoleLogin' }));
    expect(byPrincipal).toHaveLength(1);
    const elsewhere = nodes(await home.root.data(lookupEvents, { resourceArn: `arn:aws:iam::${other.accountId}:user/elsewhere` }));
    expect(elsewhere).toEqual([]);
  });

  it('filters by time range', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(nodes(await home.root.data(lookupEvents, { startTime: future }))).toEqual([]);
    const sinceCreates = nodes(await home.root.data(lookupEvents, { startTime: beforeCreates.toISOString(), eventName: 'CreateUser' }));
    expect(sinceCreates).toHaveLength(3);
    expect(nodes(await home.root.data(lookupEvents, { endTime: beforeCreates.toISOString(), eventName: 'CreateUser' }))).toEqual([]);
  });

  it('pages with opaque cursors without repeating or skipping events', async () => {
    const all = nodes(await home.root.data(lookupEvents, { first: 100 }));
    const seen: Node[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await home.root.data(lookupEvents, { first: 2, after });
      seen.push(...nodes(page));
      if (!page.lookupEvents.pageInfo.hasNextPage) break;
      after = page.lookupEvents.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
  });

  it('reads after: null as no cursor, the first page', async () => {
    const first = await home.root.data(lookupEvents, { first: 2 });
    expect(await home.root.data(lookupEvents, { first: 2, after: null })).toEqual(first);
  });

  it('is authorized as cloudtrail:LookupEvents', async () => {
    await world.user(home.accountId, 'auditor', { Audit: allow('cloudtrail:LookupEvents') });
    await world.user(home.accountId, 'no-audit', { Iam: allow('iam:*') });
    await world.user(home.accountId, 'denied-audit', { Audit: allow('cloudtrail:*'), Deny: deny('cloudtrail:LookupEvents') });
    expect((await (await world.session(home.accountId, 'auditor')).data(lookupEvents, { eventName: 'CreateUser' })).lookupEvents.totalCount).toBe(3);
    const denied = await (await world.session(home.accountId, 'no-audit')).error(lookupEvents, {});
    expect(denied.message).toBe(
      `User: arn:aws:iam::${home.accountId}:user/no-audit is not authorized to perform: cloudtrail:LookupEvents on resource: * because no identity-based policy allows the cloudtrail:LookupEvents action`,
    );
    const explicit = await (await world.session(home.accountId, 'denied-audit')).error(lookupEvents, {});
    expect(explicit.message).toMatch(/with an explicit deny in an identity-based policy/);
  });
});
