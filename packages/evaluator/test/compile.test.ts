import { compilePolicy, evaluate, parsePolicy, type CompiledPolicy, type PolicyDocument } from '../src/index';

const alice = 'arn:aws:iam::111122223333:user/alice';
const allowS3: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
const denyDeletes: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] };

describe('compilePolicy', () => {
  test('accepts text, documents, { name, document } and a parsed Policy', () => {
    const parsed = parsePolicy(allowS3);
    if (!parsed.ok) throw new Error('valid policy');
    const inputs: Parameters<typeof compilePolicy>[0][] = [JSON.stringify(allowS3), allowS3, { name: 'Named', document: allowS3 }, parsed.policy];
    for (const input of inputs) {
      const compiled = compilePolicy(input, input === inputs[2] ? undefined : 'Given');
      expect(compiled.kind).toBe('CompiledPolicy');
      expect(compiled.errors).toEqual([]);
      expect(evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', identityPolicies: [compiled] }).allowed).toBe(true);
    }
    expect(compilePolicy({ name: 'Named', document: allowS3 }).name).toBe('Named');
  });

  test('an invalid document compiles to a policy that carries its errors and fails closed', () => {
    const broken = compilePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"', 'Broken');
    expect(broken.errors.map((f) => f.code)).toEqual(['MALFORMED_JSON']);
    const result = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', identityPolicies: [compilePolicy(allowS3), broken] });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.blockedBy).toMatchObject({ reason: 'InvalidPolicy', policy: 'Broken' });
    expect(result.errors).toEqual([{ policy: 'Broken', policyType: 'identity', findings: broken.errors }]);
  });

  test('a policy list changed in place is re-read, not served from the statement index', () => {
    const policies: CompiledPolicy[] = [compilePolicy(allowS3, 'AllowS3')];
    const request = { principal: alice, action: 's3:DeleteObject', resource: 'arn:aws:s3:::b/k', identityPolicies: policies };
    expect(evaluate(request).decision).toBe('Allow');
    policies.push(compilePolicy(denyDeletes, 'DenyDeletes'));
    expect(evaluate(request).decision).toBe('ExplicitDeny');
    policies[1] = compilePolicy(allowS3, 'AllowS3Again');
    expect(evaluate(request).decision).toBe('Allow');
  });

  test('the same compiled policy can serve as identity policy and as boundary', () => {
    const s3 = compilePolicy(allowS3, 'S3');
    const result = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', identityPolicies: [s3], permissionsBoundary: s3 });
    expect(result.matchedStatements.map((m) => `${m.policy}/${m.policyType}`)).toEqual(['S3/identity', 'S3/boundary']);
  });

  test('variables are substituted per request on a compiled policy', () => {
    const own = compilePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' }] } as PolicyDocument);
    const ask = (user: string, key: string) => evaluate({ principal: `arn:aws:iam::111122223333:user/${user}`, action: 's3:GetObject', resource: `arn:aws:s3:::home/${key}`, identityPolicies: [own] }).allowed;
    expect(ask('alice', 'alice/a')).toBe(true);
    expect(ask('bob', 'bob/a')).toBe(true);
    expect(ask('bob', 'alice/a')).toBe(false);
    expect(ask('alice', 'alice/a')).toBe(true);
  });
});

describe('names of policies given without one', () => {
  test('a document is named by its Id, else by its place in the request', () => {
    const deny = (id?: string): PolicyDocument => ({ Version: '2012-10-17', ...(id ? { Id: id } : {}), Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] });
    const request = { principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
    expect(evaluate({ ...request, identityPolicies: [allowS3, deny()] }).blockedBy!.statement!.policy).toBe('identity-based policy 2');
    expect(evaluate({ ...request, identityPolicies: [allowS3, deny('NoS3')] }).blockedBy!.statement!.policy).toBe('NoS3');
    expect(evaluate({ ...request, identityPolicies: [allowS3], permissionsBoundary: deny() }).blockedBy!.statement!.policy).toBe('permissions boundary');
    expect(evaluate({ ...request, identityPolicies: [{ name: 'Mine', document: deny('Ignored') }] }).blockedBy!.statement!.policy).toBe('Mine');
  });
});

describe('resource patterns with a policy variable (matched without substituting when plain text comes first)', () => {
  const context = { 'aws:PrincipalTag/team': 'd*' };
  test.each([
    ['arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/alice', true],
    ['arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/alice2', false],
    ['arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/alic', false],
    // A variable's `*` is literal: `d*` matches only `d*`, then the pattern's own `*` matches the rest.
    ['arn:aws:s3:::b/${aws:PrincipalTag/team}*', 'arn:aws:s3:::b/d*ta', true],
    ['arn:aws:s3:::b/${aws:PrincipalTag/team}*', 'arn:aws:s3:::b/data', false],
    ['arn:aws:s3:::b/${aws:PrincipalTag/team}', 'arn:aws:s3:::b/dx', false],
    ['arn:aws:iam::${aws:PrincipalAccount}:user/bob', 'arn:aws:iam::111122223333:user/bob', true],
    ['arn:aws:iam::${aws:PrincipalAccount}:user/bob', 'arn:aws:iam::444455556666:user/bob', false],
    ["arn:aws:s3:::b/${aws:PrincipalTag/missing, 'x'}", 'arn:aws:s3:::b/x', true],
    ['arn:aws:s3:::b/${aws:PrincipalTag/missing}', 'arn:aws:s3:::b/', false],
  ])('Resource %s, resource %s: allowed %s', (pattern, resource, allowed) => {
    const policy = compilePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: pattern }] });
    for (let i = 0; i < 2; i++) expect(evaluate({ principal: alice, action: 's3:GetObject', resource, context, identityPolicies: [policy] }).allowed).toBe(allowed);
  });

  test('NotResource: an entry whose variable has no value excludes no resource (AWS: it "will not match any resource"); with a value, it excludes its own', () => {
    const notResource = (pattern: string) =>
      compilePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::secret', pattern] }] });
    const decide = (policy: CompiledPolicy, resource: string) => evaluate({ principal: alice, action: 's3:GetObject', resource, context, identityPolicies: [policy] }).allowed;
    expect(decide(notResource('arn:aws:s3:::b/${aws:PrincipalTag/missing}'), 'arn:aws:s3:::other')).toBe(true);
    expect(decide(notResource('arn:aws:s3:::b/${aws:PrincipalTag/missing}'), 'arn:aws:s3:::b/')).toBe(true);
    expect(decide(notResource('arn:aws:s3:::b/${aws:PrincipalTag/missing}'), 'arn:aws:s3:::secret')).toBe(false);
    expect(decide(notResource('arn:aws:s3:::b/${aws:username}'), 'arn:aws:s3:::other')).toBe(true);
    expect(decide(notResource('arn:aws:s3:::b/${aws:username}'), 'arn:aws:s3:::b/alice')).toBe(false);
    expect(decide(notResource('arn:aws:s3:::b/${aws:username}'), 'arn:aws:s3:::secret')).toBe(false);
  });
});
