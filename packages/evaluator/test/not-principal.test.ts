// NotPrincipal, rule by rule as AWS documents it (policy elements reference "NotPrincipal" and "Permissions boundaries
// for IAM entities"), and properties that would catch a missed explicit deny.
import fc from 'fast-check';
import { evaluate, validatePolicy, type AuthorizationRequest, type PolicyDocument, type PolicyStatement, type PrincipalValue } from '../src/index';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/reader`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/reader/alice-session`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const BUCKET = 'arn:aws:s3:::bucket/key';

const allowAll: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const bucketPolicy = (notPrincipal: PrincipalValue, extra: Partial<PolicyStatement> = {}): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', NotPrincipal: notPrincipal, Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*', ...extra }],
});
const request = (principal: string, resourcePolicy: PolicyDocument, more: Partial<AuthorizationRequest> = {}): AuthorizationRequest => ({
  principal,
  action: 's3:GetObject',
  resource: BUCKET,
  resourceAccount: ACCOUNT,
  identityPolicies: [allowAll],
  resourcePolicy,
  ...more,
});
const decision = (r: AuthorizationRequest) => evaluate(r).decision;

describe('AWS: NotPrincipal', () => {
  test('"The NotPrincipal element uses "Effect":"Deny" to deny access to all principals except the principal specified in the NotPrincipal element."', () => {
    const policy = bucketPolicy({ AWS: [USER, ROOT] });
    expect(decision(request(USER, policy))).toBe('Allow');
    expect(decision(request(`arn:aws:iam::${ACCOUNT}:user/bob`, policy))).toBe('ExplicitDeny');
    expect(evaluate(request(`arn:aws:iam::${ACCOUNT}:user/bob`, policy)).blockedBy).toMatchObject({ reason: 'ExplicitDeny', policyType: 'resource' });
  });

  test('"When you use NotPrincipal, you must also specify the account ARN of the not-denied principal. Otherwise, the policy might deny access to the entire account containing the principal."', () => {
    expect(decision(request(USER, bucketPolicy({ AWS: USER })))).toBe('ExplicitDeny');
    expect(decision(request(USER, bucketPolicy({ AWS: [USER, ACCOUNT] })))).toBe('Allow');
    // The account alone spares only the account (its root user), not its users.
    expect(decision(request(ROOT, bucketPolicy({ AWS: ROOT })))).toBe('Allow');
    expect(decision(request(USER, bucketPolicy({ AWS: ROOT })))).toBe('ExplicitDeny');
  });

  test('"If evaluating an assumed-role user (someone who is using a role), AWS checks the account first, then the role, and then the assumed-role user. The assumed-role user is identified by the role session name"', () => {
    expect(decision(request(SESSION, bucketPolicy({ AWS: [SESSION, ROLE, ROOT] })))).toBe('Allow');
    expect(decision(request(SESSION, bucketPolicy({ AWS: [ROLE, ROOT] })))).toBe('ExplicitDeny');
    expect(decision(request(SESSION, bucketPolicy({ AWS: [SESSION, ROOT] })))).toBe('ExplicitDeny');
    expect(decision(request(SESSION, bucketPolicy({ AWS: [SESSION, ROLE] })))).toBe('ExplicitDeny');
    // Another session of the same role is another assumed-role user.
    expect(decision(request(`arn:aws:sts::${ACCOUNT}:assumed-role/reader/bob`, bucketPolicy({ AWS: [SESSION, ROLE, ROOT] })))).toBe('ExplicitDeny');
  });

  test('"The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions boundary policy attached, regardless of the values specified in the NotPrincipal element."', () => {
    const boundary: PolicyDocument = allowAll;
    // A listed user, a listed role session (its role carries the boundary), and a listed role: all denied.
    expect(decision(request(USER, bucketPolicy({ AWS: [USER, ROOT] }), { permissionsBoundary: boundary }))).toBe('ExplicitDeny');
    expect(decision(request(SESSION, bucketPolicy({ AWS: [SESSION, ROLE, ROOT] }), { permissionsBoundary: boundary }))).toBe('ExplicitDeny');
    expect(decision(request(ROLE, bucketPolicy({ AWS: [ROLE, ROOT] }), { permissionsBoundary: boundary }))).toBe('ExplicitDeny');
    // Whatever the values: even `"NotPrincipal": "*"`, which otherwise spares everyone.
    expect(decision(request(USER, bucketPolicy('*')))).toBe('Allow');
    expect(decision(request(USER, bucketPolicy('*'), { permissionsBoundary: boundary }))).toBe('ExplicitDeny');
    // Across accounts too.
    const crossUser = `arn:aws:iam::${OTHER}:user/carol`;
    const crossPolicy: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: crossUser }, Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', NotPrincipal: { AWS: [crossUser, OTHER] }, Action: 's3:*', Resource: '*' },
      ],
    };
    expect(decision(request(crossUser, crossPolicy))).toBe('Allow');
    expect(decision(request(crossUser, crossPolicy, { permissionsBoundary: boundary }))).toBe('ExplicitDeny');
    // The statement must still apply otherwise: its action, resource and conditions.
    expect(decision(request(USER, bucketPolicy({ AWS: [USER, ROOT] }, { Action: 's3:PutObject' }), { permissionsBoundary: boundary }))).toBe('Allow');
    const conditioned = bucketPolicy({ AWS: [USER, ROOT] }, { Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(decision(request(USER, conditioned, { permissionsBoundary: boundary, context: { 'aws:SecureTransport': 'true' } }))).toBe('Allow');
    expect(decision(request(USER, conditioned, { permissionsBoundary: boundary, context: { 'aws:SecureTransport': 'false' } }))).toBe('ExplicitDeny');
    // Only IAM users and roles have boundaries: a service principal listed in NotPrincipal is spared.
    const service = bucketPolicy({ Service: 'cloudtrail.amazonaws.com' });
    service.Statement = [
      { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:*', Resource: '*' },
      ...(service.Statement as PolicyStatement[]),
    ];
    expect(decision(request('cloudtrail.amazonaws.com', service, { permissionsBoundary: boundary }))).toBe('Allow');
    expect(decision(request('config.amazonaws.com', service))).toBe('ExplicitDeny');
  });

  test('"NotPrincipal must be used with "Effect":"Deny". Using it with "Effect":"Allow" is not supported."', () => {
    const codes = validatePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: USER }, Action: 's3:GetObject', Resource: BUCKET }] }, { kind: 'resource' }).map((f) => f.code);
    expect(codes).toContain('ALLOW_WITH_NOT_PRINCIPAL');
  });

  test('"You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy."', () => {
    const statement = { Effect: 'Deny', NotPrincipal: { AWS: ROOT }, Action: 'sts:AssumeRole' };
    const trust = validatePolicy({ Version: '2012-10-17', Statement: [statement] }, { kind: 'trust' });
    expect(trust.find((f) => f.code === 'NOT_PRINCIPAL_IN_TRUST_POLICY')).toMatchObject({ severity: 'ERROR', path: '$.Statement[0].NotPrincipal' });
    const identity = validatePolicy({ Version: '2012-10-17', Statement: [{ ...statement, Resource: '*' }] }, { kind: 'identity' });
    expect(identity.find((f) => f.code === 'PRINCIPAL_IN_IDENTITY_POLICY')).toMatchObject({ severity: 'ERROR' });
  });

  test('"Don\'t use resource-based policy statements that include a NotPrincipal policy element with a Deny effect for IAM users or roles that have a permissions boundary policy attached." (a warning)', () => {
    const findings = validatePolicy(bucketPolicy({ AWS: [USER, ROOT] }), { kind: 'resource' });
    expect(findings.find((f) => f.code === 'DENY_WITH_NOT_PRINCIPAL')).toMatchObject({ severity: 'WARNING', path: '$.Statement[0].NotPrincipal' });
  });
});

// Properties: a model of who NotPrincipal spares, independent of the implementation, and the monotonicity of Deny.
const callers = [USER, `arn:aws:iam::${ACCOUNT}:user/team/bob`, ROLE, SESSION, `arn:aws:sts::${ACCOUNT}:assumed-role/reader/other`, ROOT, `arn:aws:iam::${OTHER}:user/carol`, `arn:aws:sts::${OTHER}:assumed-role/ops/s`];
const listable = [USER, ROLE, SESSION, ROOT, ACCOUNT, OTHER, `arn:aws:iam::${OTHER}:user/carol`, `arn:aws:iam::${OTHER}:role/ops`, `arn:aws:sts::${OTHER}:assumed-role/ops/s`];

/** Every identity the caller has, per AWS's description: its account, then its role, then itself. */
function identities(caller: string): string[][] {
  const account = caller.split(':')[4]!;
  const accountForms = [account, `arn:aws:iam::${account}:root`];
  if (caller.endsWith(':root')) return [accountForms];
  const session = /^arn:aws:sts::(\d+):assumed-role\/([^/]+)\//.exec(caller);
  if (session) return [accountForms, [`arn:aws:iam::${session[1]}:role/${session[2]}`], [caller]];
  return [accountForms, [caller]];
}

/** The model: a Deny with NotPrincipal applies unless every identity is listed and the caller has no boundary. */
function spared(caller: string, listed: string[], hasBoundary: boolean): boolean {
  if (hasBoundary && !caller.endsWith(':root')) return false;
  return identities(caller).every((forms) => forms.some((f) => listed.includes(f)));
}

describe('NotPrincipal properties', () => {
  const runs = { numRuns: 600 };

  test('a matching Deny with NotPrincipal denies exactly the callers the documented rules do not spare', () => {
    fc.assert(
      fc.property(fc.constantFrom(...callers), fc.subarray(listable, { minLength: 1 }), fc.boolean(), fc.boolean(), (caller, listed, hasBoundary, allowInResource) => {
        const statements: PolicyStatement[] = [{ Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 's3:GetObject', Resource: BUCKET }];
        if (allowInResource) statements.unshift({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' });
        const r = request(caller, { Version: '2012-10-17', Statement: statements }, hasBoundary ? { permissionsBoundary: allowAll } : {});
        const result = evaluate(r);
        if (spared(caller, listed, hasBoundary)) expect(result.decision).not.toBe('ExplicitDeny');
        else expect(result.decision).toBe('ExplicitDeny');
      }),
      runs,
    );
  });

  test('adding a matching Deny statement (Principal or NotPrincipal) anywhere in a resource policy never turns a Deny into an Allow', () => {
    const principalValue = fc.oneof(fc.constant<PrincipalValue>('*'), fc.subarray(listable, { minLength: 1 }).map((aws): PrincipalValue => ({ AWS: aws })));
    fc.assert(
      fc.property(
        fc.constantFrom(...callers),
        fc.array(fc.record({ effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'), not: fc.boolean(), who: principalValue }), { minLength: 1, maxLength: 4 }),
        fc.record({ not: fc.boolean(), who: principalValue }),
        fc.nat(),
        fc.boolean(),
        (caller, existing, added, at, hasBoundary) => {
          const toStatement = (s: { effect: 'Allow' | 'Deny'; not: boolean; who: PrincipalValue }): PolicyStatement => ({
            Effect: s.effect,
            [s.not ? 'NotPrincipal' : 'Principal']: s.who,
            Action: 's3:GetObject',
            Resource: BUCKET,
          });
          const before = existing.map(toStatement);
          const after = [...before];
          after.splice(at % (before.length + 1), 0, toStatement({ effect: 'Deny', ...added }));
          const more = hasBoundary ? { permissionsBoundary: allowAll } : {};
          const b = evaluate(request(caller, { Version: '2012-10-17', Statement: before }, more));
          const a = evaluate(request(caller, { Version: '2012-10-17', Statement: after }, more));
          if (!b.allowed) expect(a.allowed).toBe(false);
          if (b.decision === 'ExplicitDeny') expect(a.decision).toBe('ExplicitDeny');
        },
      ),
      runs,
    );
  });
});
