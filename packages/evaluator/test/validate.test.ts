import { FINDING_SEVERITIES, validatePolicy, type PolicyKind } from '../src/index';

/** `version: null` leaves Version out. */
const doc = (statement: Record<string, unknown> | Record<string, unknown>[], version: string | null = '2012-10-17') => ({
  ...(version ? { Version: version } : {}),
  Statement: statement,
});
const codes = (document: unknown, kind: PolicyKind = 'identity', inlineOwner?: 'user' | 'group' | 'role') =>
  validatePolicy(document, { kind, inlineOwner }).map((f) => f.code);
const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', ...extra });

describe('validatePolicy', () => {
  test('a clean identity policy has no findings', () => {
    expect(validatePolicy(doc(allow({ Sid: 'ReadBucket' })))).toEqual([]);
  });

  test('every code has one of the four severities', () => {
    for (const severity of Object.values(FINDING_SEVERITIES)) expect(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']).toContain(severity);
  });

  test.each<[string, unknown, PolicyKind, string[]]>([
    ['missing Version', doc(allow({}), null), 'identity', ['MISSING_VERSION']],
    ['old Version', doc(allow({}), '2008-10-17'), 'identity', ['OLD_VERSION']],
    ['Principal in an identity policy', doc(allow({ Principal: '*' })), 'identity', ['PRINCIPAL_IN_IDENTITY_POLICY']],
    ['Principal in a permissions boundary', doc(allow({ Principal: { AWS: '111122223333' } })), 'boundary', ['PRINCIPAL_IN_IDENTITY_POLICY']],
    ['missing Principal in a resource policy', doc(allow({})), 'resource', ['MISSING_PRINCIPAL']],
    ['missing Resource', doc({ Effect: 'Allow', Action: 's3:GetObject' }), 'identity', ['MISSING_RESOURCE']],
    ['Resource in a trust policy', doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }), 'trust', ['RESOURCE_IN_TRUST_POLICY']],
    ['missing Principal in a trust policy', doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }), 'trust', ['MISSING_PRINCIPAL']],
    ['a non-STS action in a trust policy', doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' }), 'trust', ['TRUST_ACTION_NOT_STS']],
    ['Sid with spaces in an IAM policy', doc(allow({ Sid: 'read the bucket' })), 'identity', ['INVALID_SID']],
    ['Sid with spaces in a bucket policy is fine', doc(allow({ Sid: 'read the bucket', Principal: { AWS: '111122223333' } })), 'resource', []],
    ['duplicate Sids', doc([allow({ Sid: 'A' }), allow({ Sid: 'A', Action: 's3:PutObject' })]), 'identity', ['DUPLICATE_SID']],
    ['unknown service', doc(allow({ Action: 's4:GetObject' })), 'identity', ['UNKNOWN_SERVICE']],
    ['unknown action', doc(allow({ Action: 's3:GetObjekt' })), 'identity', ['UNKNOWN_ACTION']],
    ['action pattern matching nothing', doc(allow({ Action: 's3:Fly*' })), 'identity', ['ACTION_MATCHES_NOTHING']],
    ['malformed action', doc(allow({ Action: 's3 GetObject' })), 'identity', ['INVALID_ACTION']],
    ['malformed resource', doc(allow({ Resource: 'bucket/*' })), 'identity', ['INVALID_RESOURCE']],
    ['resource of another service', doc(allow({ Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t' })), 'identity', ['RESOURCE_SERVICE_MISMATCH']],
    ['malformed policy variable', doc(allow({ Resource: 'arn:aws:s3:::bucket/${aws:username' })), 'identity', ['INVALID_POLICY_VARIABLE']],
    ['policy variable under 2008-10-17', doc(allow({ Resource: 'arn:aws:s3:::bucket/${aws:username}/*' }), '2008-10-17'), 'identity', ['OLD_VERSION', 'VARIABLE_IN_OLD_VERSION']],
    ['invalid AWS principal', doc(allow({ Principal: { AWS: 'alice' } })), 'resource', ['INVALID_PRINCIPAL']],
    ['a CloudFront origin access identity is a valid principal', doc(allow({ Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' } })), 'resource', []],
    ['wildcard inside a principal ARN', doc(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } })), 'resource', ['INVALID_PRINCIPAL']],
    ['invalid service principal', doc({ Effect: 'Allow', Principal: { Service: 'ec2' }, Action: 'sts:AssumeRole' }), 'trust', ['INVALID_PRINCIPAL']],
    ['unknown condition operator', doc(allow({ Condition: { StringEqual: { 'aws:username': 'a' } } })), 'identity', ['UNKNOWN_CONDITION_OPERATOR']],
    ['Null with IfExists', doc(allow({ Condition: { NullIfExists: { 'aws:TokenIssueTime': 'true' } } })), 'identity', ['UNKNOWN_CONDITION_OPERATOR']],
    ['value an operator cannot read', doc(allow({ Condition: { NumericLessThan: { 's3:max-keys': 'ten' } } })), 'identity', ['INVALID_CONDITION_VALUE']],
    ['bad CIDR', doc(allow({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } })), 'identity', ['INVALID_CONDITION_VALUE']],
    ['condition key without a prefix', doc(allow({ Condition: { StringEquals: { username: 'a' } } })), 'identity', ['INVALID_CONDITION_KEY']],
    ['unknown condition key', doc(allow({ Condition: { StringEquals: { 'aws:usernme': 'a' } } })), 'identity', ['UNKNOWN_CONDITION_KEY']],
    ['key type mismatch', doc(allow({ Condition: { StringEquals: { 'aws:SourceIp': '10.0.0.1' } } })), 'identity', ['CONDITION_KEY_TYPE_MISMATCH']],
    ['set operator on a single-valued key', doc(allow({ Condition: { 'ForAnyValue:StringEquals': { 'aws:username': 'a' } } })), 'identity', ['SET_OPERATOR_ON_SINGLE_VALUED_KEY']],
    ['multi-valued key without a set operator', doc(allow({ Action: 's3:PutObjectTagging', Condition: { StringEquals: { 'aws:TagKeys': 'a' } } })), 'identity', ['MISSING_SET_OPERATOR']],
    ['ForAllValues with Allow', doc(allow({ Action: 's3:PutObjectTagging', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } } })), 'identity', ['FOR_ALL_VALUES_WITH_ALLOW']],
    ['ForAllValues with Allow guarded by Null', doc(allow({ Action: 's3:PutObjectTagging', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] }, Null: { 'aws:TagKeys': 'false' } } })), 'identity', []],
    ['Allow with NotAction', doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), 'identity', ['ALLOW_WITH_NOT_ACTION']],
    ['Allow with NotResource', doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }), 'identity', ['ALLOW_WITH_NOT_RESOURCE']],
    ['Allow with NotPrincipal', doc({ Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), 'resource', ['ALLOW_WITH_NOT_PRINCIPAL']],
    ['public principal without conditions', doc(allow({ Principal: '*' })), 'resource', ['PUBLIC_PRINCIPAL']],
    ['iam:PassRole on every role', doc({ Effect: 'Allow', Action: ['iam:PassRole'], Resource: '*' }), 'identity', ['PASS_ROLE_WITH_STAR_RESOURCE']],
    ['iam:* on every resource also passes roles', doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }), 'identity', ['PASS_ROLE_WITH_STAR_RESOURCE']],
    ['redundant action', doc(allow({ Action: ['s3:*', 's3:GetObject'], Resource: '*' })), 'identity', ['REDUNDANT_ACTION']],
    ['duplicate resource', doc(allow({ Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/*'] })), 'identity', ['REDUNDANT_RESOURCE']],
    ['redundant statement', doc([allow({ Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' }), allow({ Resource: 'arn:aws:s3:::b/x/*' })]), 'identity', ['REDUNDANT_STATEMENT']],
  ])('%s', (_, document, kind, expected) => {
    expect(codes(document, kind)).toEqual(expected);
  });

  test('a GitHub Actions OIDC trust policy is clean', () => {
    const trust = doc({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' },
      },
    });
    expect(validatePolicy(trust, { kind: 'trust' })).toEqual([]);
  });

  test('unknown action suggests the closest action of the service', () => {
    const [finding] = validatePolicy(doc(allow({ Action: 's3:GetObjekt' })));
    expect(finding).toMatchObject({ severity: 'WARNING', message: 'unknown action `s3:GetObjekt`', help: 'did you mean `s3:GetObject`?', path: '$.Statement.Action' });
  });

  test('size limits without white space per kind of policy', () => {
    const statements = Array.from({ length: 40 }, (_, i) => allow({ Sid: `S${i}`, Resource: `arn:aws:s3:::bucket-${i}-${'x'.repeat(40)}/*` }));
    const document = doc(statements);
    const compact = JSON.stringify(document).length;
    expect(compact).toBeGreaterThan(5120);
    expect(compact).toBeLessThan(6144);
    expect(codes(document, 'identity')).not.toContain('POLICY_SIZE_EXCEEDED');
    expect(codes(document, 'identity', 'role')).not.toContain('POLICY_SIZE_EXCEEDED');
    expect(codes(document, 'identity', 'group')).toContain('POLICY_SIZE_EXCEEDED');
    expect(codes(document, 'identity', 'user')).toContain('POLICY_SIZE_EXCEEDED');
    expect(codes(document, 'session')).toContain('POLICY_SIZE_EXCEEDED');
    // White space does not count.
    expect(codes(JSON.stringify(document, null, 8), 'identity')).not.toContain('POLICY_SIZE_EXCEEDED');
  });

  test('findings on text carry line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObjekt",\n    "Resource": "*"\n  }]\n}';
    const [finding] = validatePolicy(text);
    expect(finding).toMatchObject({ code: 'UNKNOWN_ACTION', path: '$.Statement[0].Action', line: 5, column: 15, endLine: 5, endColumn: 29 });
  });

  test('never throws on odd input', () => {
    for (const input of [undefined, null, 0, 'x', '{', [], { Statement: [null] }, { Statement: [{ Condition: { '': { '': [{}] } } }] }]) {
      expect(() => validatePolicy(input)).not.toThrow();
      expect(validatePolicy(input).length).toBeGreaterThan(0);
    }
  });
});

describe('condition operator help', () => {
  test.each([
    ['StringEqual', 'did you mean `StringEquals`?'],
    ['ForAnyValue:StringLik', 'did you mean `StringLike`?'],
    ['NullIfExists', '`Null` takes neither `IfExists` nor `ForAllValues`/`ForAnyValue`'],
    ['ForAllValues:Null', '`Null` takes neither `IfExists` nor `ForAllValues`/`ForAnyValue`'],
  ])('%s', (operator, help) => {
    const [finding] = validatePolicy(doc(allow({ Condition: { [operator]: { 'aws:username': 'a' } } })));
    expect(finding).toMatchObject({ code: 'UNKNOWN_CONDITION_OPERATOR', help });
  });
});
