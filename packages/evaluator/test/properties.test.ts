// Invariants of the decision, checked on generated policies and requests (fast-check).
import fc from 'fast-check';
import { compilePolicy, evaluate, type AuthorizationRequest, type ConditionBlock, type PolicyDocument, type PolicyStatement } from '../src/index';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const principals = [
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:iam::${ACCOUNT}:user/team/bob`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/dev/alice`,
  `arn:aws:iam::${OTHER}:user/carol`,
  `arn:aws:iam::${ACCOUNT}:root`,
  'ec2.amazonaws.com',
];
const actions = ['s3:GetObject', 's3:PutObject', 'iam:CreateUser', 'iam:GetUser', 'sts:AssumeRole', 'ec2:StartInstances'];
const actionPatterns = [...actions, 's3:*', 'iam:Get*', '*', 'ec2:Start?nstances', 'S3:GET*'];
const resources = [`arn:aws:s3:::bucket/key`, `arn:aws:s3:::bucket/alice/x`, 'arn:aws:s3:::bucket/d*ta', `arn:aws:iam::${ACCOUNT}:user/bob`, `arn:aws:iam::${ACCOUNT}:role/dev`, `arn:aws:ec2:us-east-1:${OTHER}:instance/i-1`, '*'];
const resourcePatterns = [
  ...resources,
  'arn:aws:s3:::bucket/*',
  'arn:aws:s3:::bucket/${aws:username}/*',
  `arn:aws:iam::*:user/*`,
  'arn:aws:*',
  // Plain text and one variable, then nothing or `*` (matched without substituting: match/resource.ts), one of them
  // never resolvable, one with a default; and a variable inside a wildcard pattern.
  'arn:aws:s3:::bucket/${aws:PrincipalTag/team}*',
  'arn:aws:iam::${aws:PrincipalAccount}:user/bob',
  'arn:aws:s3:::bucket/${aws:PrincipalTag/missing}',
  "arn:aws:s3:::bucket/${aws:PrincipalTag/missing, 'key'}",
  'arn:aws:*:::bucket/${aws:username}*',
];
const principalValues: PolicyStatement['Principal'][] = ['*', { AWS: ACCOUNT }, { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }, { AWS: `arn:aws:iam::${ACCOUNT}:role/dev` }, { AWS: OTHER }, { Service: 'ec2.amazonaws.com' }];
const conditions: ConditionBlock[] = [
  { StringEquals: { 'aws:PrincipalTag/team': 'data' } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['data', 'ops'] } },
  { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*'] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'owner'] } },
  { Null: { 'aws:TokenIssueTime': 'true' } },
  { NumericLessThan: { 's3:max-keys': '10' } },
  // Values whose variable may have no value (AWS: null, no equal or like value), beside values that resolve.
  { StringNotEquals: { 'aws:PrincipalTag/team': ['ops', '${aws:PrincipalTag/missing}'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['${aws:PrincipalTag/team}', 'web'] } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['cost*', 'x-${aws:PrincipalTag/team}'] } },
  { StringNotLikeIfExists: { 'aws:PrincipalTag/team': '${aws:PrincipalTag/missing}' } },
];

const pick = <T>(values: T[]) => fc.constantFrom(...values);

const statementArb = (effect: fc.Arbitrary<'Allow' | 'Deny'>, withPrincipal: boolean): fc.Arbitrary<PolicyStatement> =>
  fc.record({
    effect,
    notAction: fc.boolean(),
    actions: fc.array(pick(actionPatterns), { minLength: 1, maxLength: 3 }),
    notResource: fc.boolean(),
    resources: fc.array(pick(resourcePatterns), { minLength: 1, maxLength: 2 }),
    principal: pick(principalValues),
    notPrincipal: fc.boolean(),
    condition: fc.option(pick(conditions), { nil: undefined }),
  }).map((s) => {
    const statement: PolicyStatement = { Effect: s.effect };
    statement[s.notAction ? 'NotAction' : 'Action'] = s.actions;
    statement[s.notResource ? 'NotResource' : 'Resource'] = s.resources;
    if (withPrincipal) statement[s.notPrincipal ? 'NotPrincipal' : 'Principal'] = s.principal;
    if (s.condition) statement.Condition = s.condition;
    return statement;
  });

const anyEffect = pick<'Allow' | 'Deny'>(['Allow', 'Deny']);
const policyArb = (withPrincipal: boolean, effect = anyEffect): fc.Arbitrary<PolicyDocument> =>
  fc.array(statementArb(effect, withPrincipal), { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement }));

const requestArb: fc.Arbitrary<AuthorizationRequest> = fc.record(
  {
    principal: pick(principals),
    action: pick(actions),
    resource: pick(resources),
    context: fc.record(
      {
        // `d*`: a variable's `*` is literal, never a wildcard.
        'aws:PrincipalTag/team': pick(['data', 'ops', 'web', 'd*']),
        'aws:SourceIp': pick(['203.0.113.9', '198.51.100.1']),
        'aws:MultiFactorAuthPresent': pick(['true', 'false']),
        'aws:TagKeys': fc.array(pick(['env', 'owner', 'cost']), { maxLength: 3 }),
        's3:max-keys': pick(['5', '50']),
      },
      { requiredKeys: [] },
    ),
    identityPolicies: fc.array(policyArb(false), { maxLength: 3 }),
    resourcePolicy: fc.option(policyArb(true), { nil: undefined }),
    permissionsBoundary: fc.option(policyArb(false), { nil: undefined }),
    sessionPolicies: fc.option(fc.array(policyArb(false), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  },
  { requiredKeys: ['principal', 'action', 'resource'] },
);

type Slot = 'identityPolicies' | 'resourcePolicy' | 'permissionsBoundary' | 'sessionPolicies';

/** Adds a statement to the policy of one type (creating it when absent). */
function withStatement(request: AuthorizationRequest, slot: Slot, statement: PolicyStatement): AuthorizationRequest {
  const single = (existing: unknown): PolicyDocument => {
    const doc = existing as PolicyDocument | undefined;
    const statements = doc ? (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) : [];
    return { Version: '2012-10-17', Statement: [...statements, statement] };
  };
  const list = (existing: unknown): PolicyDocument[] => [...((existing as PolicyDocument[] | undefined) ?? []), { Version: '2012-10-17', Statement: [statement] }];
  switch (slot) {
    case 'identityPolicies':
    case 'sessionPolicies':
      return { ...request, [slot]: list(request[slot]) };
    case 'resourcePolicy':
    case 'permissionsBoundary':
      return { ...request, [slot]: single(request[slot]) };
  }
}

function withoutPrincipal(statement: PolicyStatement): PolicyStatement {
  const copy = { ...statement };
  delete copy.Principal;
  delete copy.NotPrincipal;
  return copy;
}

const slots = pick<Slot>(['identityPolicies', 'resourcePolicy', 'permissionsBoundary', 'sessionPolicies']);
const RUNS = { numRuns: 400 };

describe('decision invariants', () => {
  test('a Deny that matches the request always wins, in any policy type', () => {
    fc.assert(
      fc.property(requestArb, slots, (request, slot) => {
        const deny: PolicyStatement = { Effect: 'Deny', Action: request.action, Resource: '*', ...(slot === 'resourcePolicy' ? { Principal: '*' } : {}) };
        const result = evaluate(withStatement(request, slot, deny));
        expect(result.decision).toBe('ExplicitDeny');
        expect(result.allowed).toBe(false);
      }),
      RUNS,
    );
  });

  test('adding a Deny statement never turns a denial into an allow', () => {
    fc.assert(
      fc.property(requestArb, slots, statementArb(fc.constant('Deny'), true), (request, slot, generated) => {
        // Only a resource policy statement names principals.
        const deny = slot === 'resourcePolicy' ? generated : withoutPrincipal(generated);
        const before = evaluate(request);
        const after = evaluate(withStatement(request, slot, deny));
        if (!before.allowed) expect(after.allowed).toBe(false);
        if (before.decision === 'ExplicitDeny') expect(after.decision).toBe('ExplicitDeny');
      }),
      RUNS,
    );
  });

  test('the generated requests reach every decision (the properties above are not vacuous)', () => {
    const seen = new Set(fc.sample(requestArb, { numRuns: 500, seed: 42 }).map((r) => evaluate(r).decision));
    expect([...seen].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
    const allowed = fc.sample(requestArb, { numRuns: 500, seed: 7 }).filter((r) => evaluate(r).allowed).length;
    expect(allowed).toBeGreaterThan(25);
  });

  test('adding an Allow to the identity-based policies never removes an allow', () => {
    fc.assert(
      fc.property(requestArb, statementArb(fc.constant('Allow'), false), (request, allow) => {
        const before = evaluate(request);
        const after = evaluate(withStatement(request, 'identityPolicies', allow));
        if (before.allowed) expect(after.allowed).toBe(true);
      }),
      RUNS,
    );
  });

  test('compiled policies decide exactly as raw documents, with and without the trace', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const compiled: AuthorizationRequest = {
          ...request,
          identityPolicies: request.identityPolicies?.map((p, i) => compilePolicy(p as PolicyDocument, `p${i}`)),
          resourcePolicy: request.resourcePolicy && compilePolicy(request.resourcePolicy as PolicyDocument),
          permissionsBoundary: request.permissionsBoundary && compilePolicy(request.permissionsBoundary as PolicyDocument),
          sessionPolicies: request.sessionPolicies?.map((p) => compilePolicy(p as PolicyDocument)),
        };
        const raw = evaluate(request);
        const fast = evaluate(compiled);
        expect(fast.decision).toBe(raw.decision);
        expect(fast.matchedStatements.length).toBe(raw.matchedStatements.length);
        expect(evaluate(compiled, { trace: true }).decision).toBe(raw.decision);
        // A second run on the same compiled objects goes through the statement caches and must agree.
        expect(evaluate(compiled).decision).toBe(raw.decision);
      }),
      RUNS,
    );
  });

  test('the matched statements are the ones the trace, which reads the matchers one by one, finds matching', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = evaluate(request, { trace: true });
        const traced = result.trace!.policyTypes.flatMap((t) =>
          t.policies.flatMap((p) => p.statements.filter((s) => s.matched).map((s) => `${t.policyType} ${p.policy} ${s.statementIndex}`)),
        );
        expect(result.matchedStatements.map((s) => `${s.policyType} ${s.policy} ${s.statementIndex}`).sort()).toEqual(traced.sort());
      }),
      RUNS,
    );
  });

  test('an allowed request names the statements that allowed it; a denied one says why', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = evaluate(request);
        if (result.allowed) {
          expect(result.blockedBy).toBeUndefined();
        } else {
          expect(result.blockedBy).toBeDefined();
          if (result.decision === 'ExplicitDeny') expect(result.matchedStatements.some((s) => s.effect === 'Deny')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('evaluate never throws, whatever JSON it is given', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(
        fc.record({
          principal: fc.oneof(fc.string(), json),
          action: fc.oneof(pick(actions), fc.string(), json),
          resource: fc.oneof(pick(resources), json),
          resourceAccount: json,
          context: fc.oneof(json, fc.dictionary(fc.string(), json)),
          identityPolicies: fc.oneof(json, fc.array(fc.oneof(json, fc.string(), policyArb(false)))),
          resourcePolicy: fc.oneof(json, policyArb(true)),
          permissionsBoundary: json,
          sessionPolicies: json,
        }, { requiredKeys: [] }),
        fc.boolean(),
        (request, trace) => {
          const result = evaluate(request as unknown as AuthorizationRequest, { trace });
          expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(result.decision);
        },
      ),
      { numRuns: 1000 },
    );
    expect(() => evaluate(null as unknown as AuthorizationRequest)).not.toThrow();
  });
});
