// AWS, IAM User Guide, "IAM policy elements: Variables and tags", section "Policy variables with no value"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value).
import fc from 'fast-check';
import { compilePolicy, evaluate, type AuthorizationRequest, type PolicyDocument, type RequestContext } from '../../src/index';
import { ALICE, conditionTable } from './harness';

// "When policy variables reference a condition context key that has no value or is not present in an authorization
// context for a request, the value is effectively null. There is no equal or like value."
//
// "When you use a variable with no value in the condition element of an IAM policy, […] Condition operators like
// `StringEquals` or `StringLike` do not match, and the policy statement does not take effect."
conditionTable('a variable with no value: positive operators do not match it', [
  { operator: 'StringEquals', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: false },
  { operator: 'StringEqualsIgnoreCase', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: '${aws:PrincipalTag/team}*', request: 'ops', holds: false },
  { operator: 'ArnEquals', key: 'aws:SourceArn', policy: 'arn:aws:sns:us-east-1:111122223333:${aws:PrincipalTag/team}', request: 'arn:aws:sns:us-east-1:111122223333:ops', holds: false },
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:${aws:PrincipalTag/team}', request: 'arn:aws:sns:us-east-1:111122223333:ops', holds: false },
  // Not even the empty string: null is not a value.
  { operator: 'StringEquals', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: '', holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: '${aws:PrincipalTag/team}*', request: '', holds: false },
  // The other values of the list still match ("values OR"): only the null one has no equal.
  { operator: 'StringEquals', key: 'aws:ResourceTag/team', policy: ['ops', '${aws:PrincipalTag/team}'], request: 'ops', holds: true },
  { operator: 'StringEquals', key: 'aws:ResourceTag/team', policy: ['ops', '${aws:PrincipalTag/team}'], request: 'web', holds: false },
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: ['arn:aws:sns:*:*:${aws:PrincipalTag/team}', 'arn:aws:sns:*:*:shared'], request: 'arn:aws:sns:us-east-1:111122223333:shared', holds: true },
  // …IfExists still holds on a missing key; on a present one it is the operator.
  { operator: 'StringEqualsIfExists', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: undefined, holds: true },
  { operator: 'StringEqualsIfExists', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: false },
  { operator: 'ArnLikeIfExists', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:${aws:PrincipalTag/team}', request: 'arn:aws:sns:us-east-1:111122223333:ops', holds: false },
  // Set qualifiers: no request value equals null.
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', policy: '${aws:PrincipalTag/team}', request: ['ops'], holds: false },
  { operator: 'ForAnyValue:StringLike', key: 'aws:TagKeys', policy: ['env*', 'cost-${aws:PrincipalTag/team}'], request: ['env', 'owner'], holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['env', '${aws:PrincipalTag/team}'], request: ['env'], holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['env', '${aws:PrincipalTag/team}'], request: ['env', 'ops'], holds: false },
]);

// "Inverted condition operators like `StringNotEquals` or `StringNotLike` do match against a null value, as the value
// of the condition key they are testing against is not equal to or like the effectively null value."
conditionTable('a variable with no value: negated operators match against it', [
  { operator: 'StringNotEquals', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: true },
  { operator: 'StringNotEqualsIgnoreCase', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: true },
  { operator: 'StringNotLike', key: 's3:prefix', policy: '${aws:PrincipalTag/team}*', request: 'ops', holds: true },
  { operator: 'StringNotEquals', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: '', holds: true },
  { operator: 'ArnNotEquals', key: 'aws:SourceArn', policy: 'arn:aws:sns:us-east-1:111122223333:${aws:PrincipalTag/team}', request: 'arn:aws:sns:us-east-1:111122223333:ops', holds: true },
  { operator: 'ArnNotLike', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:${aws:PrincipalTag/team}', request: 'arn:aws:sns:us-east-1:111122223333:ops', holds: true },
  // The other values of the list still exclude ("values NOR"): the null one excludes nothing.
  { operator: 'StringNotEquals', key: 'aws:ResourceTag/team', policy: ['ops', '${aws:PrincipalTag/team}'], request: 'ops', holds: false },
  { operator: 'StringNotEquals', key: 'aws:ResourceTag/team', policy: ['ops', '${aws:PrincipalTag/team}'], request: 'web', holds: true },
  { operator: 'StringNotEqualsIfExists', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: 'ops', holds: true },
  { operator: 'StringNotEqualsIfExists', key: 's3:prefix', policy: '${aws:PrincipalTag/team}', request: undefined, holds: true },
  { operator: 'ForAnyValue:StringNotEquals', key: 'aws:TagKeys', policy: '${aws:PrincipalTag/team}', request: ['ops'], holds: true },
  { operator: 'ForAllValues:StringNotLike', key: 'aws:TagKeys', policy: ['x*', '${aws:PrincipalTag/team}'], request: ['env', 'ops'], holds: true },
  { operator: 'ForAllValues:StringNotLike', key: 'aws:TagKeys', policy: ['x*', '${aws:PrincipalTag/team}'], request: ['env', 'xy'], holds: false },
]);

// A default is a value: "To add a default value to a variable…" — the rule above is only for a variable left without one.
conditionTable('a variable with a default is never null', [
  { operator: 'StringNotEquals', key: 's3:prefix', policy: "${aws:PrincipalTag/team, 'ops'}", request: 'ops', holds: false },
  { operator: 'StringEquals', key: 's3:prefix', policy: "${aws:PrincipalTag/team, 'ops'}", request: 'ops', holds: true },
]);

describe('the ABAC Deny of "Policy variables with no value"', () => {
  // "In the following example, `aws:principaltag/Team` must be equal to `s3:ExistingObjectTag/Team` to allow access.
  // Access is explicitly denied when `aws:principaltag/Team` is not set."
  const policy: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' },
      {
        Effect: 'Deny',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        Condition: { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } },
      },
    ],
  };
  const request = (context: RequestContext): AuthorizationRequest => ({
    principal: ALICE,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    context,
    identityPolicies: [policy],
  });

  test.each([
    ['the principal has no Team tag', { 's3:ExistingObjectTag/Team': 'ops' }, 'ExplicitDeny'],
    ['neither has a Team tag', {}, 'ExplicitDeny'],
    ['the tags differ', { 's3:ExistingObjectTag/Team': 'ops', 'aws:PrincipalTag/Team': 'web' }, 'ExplicitDeny'],
    ['the tags are equal', { 's3:ExistingObjectTag/Team': 'ops', 'aws:PrincipalTag/Team': 'ops' }, 'Allow'],
  ] as const)('%s: %s', (_, context, decision) => {
    expect(evaluate(request(context)).decision).toBe(decision);
    expect(evaluate({ ...request(context), identityPolicies: [compilePolicy(policy)] }).decision).toBe(decision);
  });

  test('the trace shows the value read as null, and the Deny matching', () => {
    const result = evaluate(request({ 's3:ExistingObjectTag/Team': 'ops' }), { trace: true });
    const deny = result.trace!.policyTypes[0]!.policies[0]!.statements[1]!;
    expect(deny.matched).toBe(true);
    expect(deny.conditions[0]).toEqual({
      operator: 'StringNotEquals',
      key: 's3:ExistingObjectTag/Team',
      matched: true,
      requestValues: ['ops'],
      policyValues: ['${aws:PrincipalTag/Team}'],
      nullValues: ['${aws:PrincipalTag/Team}'],
    });
  });
});

// "There is no equal or like value": a value whose variable has no value can never be the one that matches, so a
// list holding it decides exactly as the list without it — for every operator that takes variables, positive or
// negated, with or without IfExists and a set qualifier, compiled or not.
describe('a value with no value decides as if the list did not hold it', () => {
  const operators = ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'];
  const arnOperators = ['ArnEquals', 'ArnNotEquals', 'ArnLike', 'ArnNotLike'];
  const qualified = (base: string[]) =>
    fc.tuple(fc.constantFrom(...base), fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'), fc.boolean()).map(([op, q, ifExists]) => `${q}${op}${ifExists ? 'IfExists' : ''}`);
  const NULL_VALUES = ['${aws:PrincipalTag/missing}', 'team-${aws:PrincipalTag/missing}*', '${aws:TagKeys}'];

  const decide = (operator: string, key: string, values: string[], requestValue: string | string[] | undefined, compiled: boolean): boolean => {
    const document: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { [key]: values } } }],
    };
    const context: RequestContext = { 'aws:PrincipalTag/team': 'ops', 'aws:TagKeys': ['a', 'b'] };
    if (requestValue !== undefined) context[key] = requestValue;
    return evaluate({
      principal: ALICE,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      context,
      identityPolicies: [compiled ? compilePolicy(document) : document],
    }).allowed;
  };

  const check = (operators: fc.Arbitrary<string>, key: string, values: fc.Arbitrary<string>, requestValue: fc.Arbitrary<string | string[] | undefined>) =>
    fc.assert(
      fc.property(
        operators,
        fc.array(values, { maxLength: 3 }),
        fc.array(fc.constantFrom(...NULL_VALUES), { minLength: 1, maxLength: 2 }),
        fc.nat(),
        requestValue,
        fc.boolean(),
        (operator, kept, nulls, at, requestValue, compiled) => {
          const withNulls = [...kept];
          for (const n of nulls) withNulls.splice(at % (withNulls.length + 1), 0, n);
          // An empty list is not a policy AWS accepts; the null values alone stand for it (no value matches).
          const expected = kept.length > 0 ? decide(operator, key, kept, requestValue, compiled) : decide(operator, key, ['${aws:PrincipalTag/missing}'], requestValue, compiled);
          expect(decide(operator, key, withNulls, requestValue, compiled)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );

  test('string operators', () => {
    const text = fc.constantFrom('ops', 'OPS', 'web', 'o*', '${aws:PrincipalTag/team}', 'a', '');
    check(qualified(operators), 's3:prefix', text, fc.option(fc.oneof(text, fc.array(text, { maxLength: 3 })), { nil: undefined }));
  });

  test('ARN operators', () => {
    const arn = fc.constantFrom('arn:aws:sns:us-east-1:111122223333:ops', 'arn:aws:sns:*:*:${aws:PrincipalTag/team}', 'arn:aws:sns:*:*:w*', 'arn:aws:sqs:*:*:*');
    const requested = fc.constantFrom('arn:aws:sns:us-east-1:111122223333:ops', 'arn:aws:sns:eu-west-1:444455556666:web', 'arn:aws:sqs:us-east-1:111122223333:q');
    check(qualified(arnOperators), 'aws:SourceArn', arn, fc.option(fc.oneof(requested, fc.array(requested, { maxLength: 2 })), { nil: undefined }));
  });

  test('and the lone null value: positive operators never hold on a present key, negated ones always do', () => {
    for (const operator of [...operators, ...arnOperators]) {
      const negated = operator.includes('Not');
      const key = operator.startsWith('Arn') ? 'aws:SourceArn' : 's3:prefix';
      const value = operator.startsWith('Arn') ? 'arn:aws:sns:us-east-1:111122223333:ops' : 'ops';
      expect([operator, decide(operator, key, ['${aws:PrincipalTag/missing}'], value, false)]).toEqual([operator, negated]);
    }
  });
});

// "If a variable that has no value in the authorization context is used as part of the `Resource` or `NotResource`
// element of a policy, the resource that includes a policy variable with no value will not match any resource."
// So such an entry neither grants (Resource) nor excludes (NotResource): the element decides as if it were not there,
// with Allow and with Deny — the classic `Deny` + `NotResource` `home/${aws:username}/*` denies a role session,
// which has no aws:username, everywhere.
describe('a Resource or NotResource entry whose variable has no value matches no resource', () => {
  const PATTERNS = ['arn:aws:s3:::home/ops/*', 'arn:aws:s3:::home/*', 'arn:aws:s3:::${aws:PrincipalTag/team}/*', 'arn:aws:s3:::public', '*'];
  const NULL_PATTERNS = ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::${aws:PrincipalTag/missing}', 'arn:aws:s3:::x/${aws:TagKeys}*'];
  const RESOURCES = ['arn:aws:s3:::home/ops/a', 'arn:aws:s3:::home/web/b', 'arn:aws:s3:::public', 'arn:aws:s3:::ops/c', 'arn:aws:s3:::x/'];
  const SESSION = 'arn:aws:sts::111122223333:assumed-role/dev/s';

  /** The decision of an Allow on everything plus one statement of `effect` naming `patterns` in `element`. */
  const decide = (effect: 'Allow' | 'Deny', element: 'Resource' | 'NotResource', patterns: string[], resource: string, compiled: boolean) => {
    const statements: PolicyDocument['Statement'] = [{ Effect: effect, Action: 's3:GetObject', [element]: patterns }];
    if (effect === 'Deny') statements.unshift({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const document: PolicyDocument = { Version: '2012-10-17', Statement: statements };
    return evaluate({
      principal: SESSION,
      action: 's3:GetObject',
      resource,
      context: { 'aws:PrincipalTag/team': 'ops', 'aws:TagKeys': ['a', 'b'] },
      identityPolicies: [compiled ? compilePolicy(document) : document],
    }).decision;
  };

  test('the entry changes nothing: the element decides as the list without it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Allow' as const, 'Deny' as const),
        fc.constantFrom('Resource' as const, 'NotResource' as const),
        fc.array(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...NULL_PATTERNS), { minLength: 1, maxLength: 2 }),
        fc.nat(),
        fc.constantFrom(...RESOURCES),
        fc.boolean(),
        (effect, element, kept, nulls, at, resource, compiled) => {
          const withNulls = [...kept];
          for (const n of nulls) withNulls.splice(at % (withNulls.length + 1), 0, n);
          expect(decide(effect, element, withNulls, resource, compiled)).toBe(decide(effect, element, kept, resource, compiled));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('alone, it grants nothing as Resource and leaves every resource to NotResource', () => {
    for (const resource of RESOURCES) {
      expect(decide('Allow', 'Resource', ['arn:aws:s3:::home/${aws:username}/*'], resource, false)).toBe('ImplicitDeny');
      expect(decide('Deny', 'Resource', ['arn:aws:s3:::home/${aws:username}/*'], resource, true)).toBe('Allow');
      expect(decide('Allow', 'NotResource', ['arn:aws:s3:::home/${aws:username}/*'], resource, false)).toBe('Allow');
      expect(decide('Deny', 'NotResource', ['arn:aws:s3:::home/${aws:username}/*'], resource, true)).toBe('ExplicitDeny');
    }
  });
});
