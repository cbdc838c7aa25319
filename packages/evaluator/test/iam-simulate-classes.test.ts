// The bench's comparison with @cloud-copilot/iam-simulate (bench/iam-simulate-classes.ts): one minimal request per
// disagreement class, taken from the varied workload, decided by both and classified; and the input vocabulary the
// translation supplies (per-caller global keys, the root user), without which the two would disagree.
import type { AuthorizationRequest, Decision, PolicyStatement } from '../src/index';
import { evaluate } from '../src/index';
import { simulate } from '../bench/iam-simulate';
import { classify } from '../bench/iam-simulate-classes';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement });

async function both(r: AuthorizationRequest): Promise<{ gatehouse: Decision; iamSimulate: Decision | undefined; cause?: string }> {
  const gatehouse = evaluate(r).decision;
  const theirs = await simulate(r);
  if (theirs.decision === undefined || theirs.decision === gatehouse) return { gatehouse, iamSimulate: theirs.decision };
  return { gatehouse, iamSimulate: theirs.decision, cause: await classify(r, gatehouse, theirs.decision, theirs.ignoredContextKeys) };
}

describe('iam-simulate translation: what AWS puts in every request', () => {
  test('the caller\'s global keys (aws:PrincipalArn, aws:username) are given, so conditions and variables on them agree', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/ops/alice`,
      action: 'sqs:SendMessage',
      resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:queue`,
      resourceAccount: ACCOUNT,
      identityPolicies: [
        doc({ Effect: 'Allow', Action: 'sqs:*', Resource: `arn:aws:sqs:*:${ACCOUNT}:*`, Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:*` } } }),
      ],
    };
    expect(await both(r)).toEqual({ gatehouse: 'Allow', iamSimulate: 'Allow' });
  });

  test('the account root user has full access in its own account', async () => {
    const r: AuthorizationRequest = { principal: `arn:aws:iam::${ACCOUNT}:root`, action: 'glue:TestConnection', resource: `arn:aws:glue:us-east-1:${ACCOUNT}:connection/c`, resourceAccount: ACCOUNT };
    expect(await both(r)).toEqual({ gatehouse: 'Allow', iamSimulate: 'Allow' });
  });
});

describe('iam-simulate disagreement classes (README, Benchmarks)', () => {
  test('Deny with NotPrincipal listing the caller but not its account: Gatehouse denies, as AWS documents', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/team-a`,
      action: 'glue:GetConnection',
      resource: `arn:aws:glue:eu-west-1:${ACCOUNT}:connection/c`,
      resourceAccount: ACCOUNT,
      identityPolicies: [doc({ Effect: 'Allow', Action: 'glue:*', Resource: '*' })],
      resourcePolicy: doc({ Effect: 'Deny', Action: 'glue:*', Resource: '*', NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/team-a` } }),
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'Allow', cause: 'Deny with NotPrincipal not listing the account' });
  });

  test('a resource policy naming the session is not limited by the session policy', async () => {
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/ReadOnly/reports`;
    const r: AuthorizationRequest = {
      principal: session,
      action: 'iam:DetachUserPolicy',
      resource: `arn:aws:iam::${ACCOUNT}:user/alice`,
      resourceAccount: ACCOUNT,
      context: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ReadOnly` },
      identityPolicies: [],
      resourcePolicy: doc({ Effect: 'Allow', Action: 'iam:DetachUserPolicy', Resource: `arn:aws:iam::${ACCOUNT}:user/alice`, Principal: { AWS: session } }),
      sessionPolicies: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
    };
    expect(await both(r)).toEqual({ gatehouse: 'Allow', iamSimulate: 'ImplicitDeny', cause: 'session policy vs resource policy naming the session or *' });
  });

  test('a positive condition value whose variable has no value: both read it as matching nothing, the other values decide', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/staging`,
      action: 'sns:CreateTopic',
      resource: `arn:aws:sns:us-east-1:${ACCOUNT}:t`,
      resourceAccount: ACCOUNT,
      context: { 'aws:TagKeys': ['env', 'owner'] },
      identityPolicies: [
        doc(
          { Effect: 'Allow', Action: 'sns:*', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*', 'cost-${aws:PrincipalTag/team}'] } } },
        ),
      ],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'ExplicitDeny' });
  });

  test('a negated condition value whose variable has no value: Gatehouse applies the Deny (AWS: null matches the negation), iam-simulate does not', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/staging`,
      action: 'sns:CreateTopic',
      resource: `arn:aws:sns:us-east-1:${ACCOUNT}:t`,
      resourceAccount: ACCOUNT,
      context: { 'aws:PrincipalTag/dept': 'ops' },
      identityPolicies: [
        doc(
          { Effect: 'Allow', Action: 'sns:*', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/dept': '${aws:PrincipalTag/team}' } } },
        ),
      ],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'Allow', cause: 'negated condition value with a variable that has no value' });
  });

  test('a NotResource entry whose variable has no value excludes no resource: Gatehouse applies the Deny everywhere, as AWS documents; iam-simulate does not', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/dev/s`,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q3.csv',
      resourceAccount: ACCOUNT,
      context: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/dev` },
      identityPolicies: [
        doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::home/${aws:username}/*' }),
      ],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'Allow', cause: 'NotResource with a variable that has no value' });
  });

  test('sts:GetCallerIdentity: iam-simulate allows whatever the policies say (Gatehouse\'s API does so outside the evaluator)', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/staging`,
      action: 'sts:GetCallerIdentity',
      resource: '*',
      resourceAccount: ACCOUNT,
      identityPolicies: [doc({ Effect: 'Deny', Action: 'sts:*', Resource: '*' })],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'Allow', cause: 'sts:GetCallerIdentity needs no permission' });
  });

  test('a KMS key needs its key policy: iam-simulate models it, Gatehouse does not (no KMS keys)', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/bob`,
      action: 'kms:Decrypt',
      resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`,
      resourceAccount: ACCOUNT,
      identityPolicies: [doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' })],
    };
    expect(await both(r)).toEqual({ gatehouse: 'Allow', iamSimulate: 'ImplicitDeny', cause: 'KMS key: key policy required' });
  });

  test('a role trust action without a trust policy: Gatehouse denies (the trust policy must allow)', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/carol`,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${ACCOUNT}:role/carol`,
      resourceAccount: ACCOUNT,
      identityPolicies: [doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ImplicitDeny', iamSimulate: 'Allow', cause: 'role trust action without a trust policy' });
  });

  test('iam-simulate splits a resource without `/` or `:` at the colon inside ${aws:username} and misses the Deny', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/orders`,
      action: 'sns:GetTopicAttributes',
      resource: `arn:aws:sns:eu-west-1:${ACCOUNT}:orders`,
      resourceAccount: ACCOUNT,
      identityPolicies: [
        doc(
          { Effect: 'Allow', Action: 'sns:*', Resource: '*' },
          { Effect: 'Deny', Action: 'sns:GetTopicAttributes', Resource: `arn:aws:sns:eu-west-1:${ACCOUNT}:\${aws:username}` },
        ),
      ],
    };
    expect(await both(r)).toEqual({ gatehouse: 'ExplicitDeny', iamSimulate: 'Allow', cause: 'iam-simulate splits the ARN at the colon of ${aws:…}' });
  });

  test('an STS action AWS gives no resource-based policy: the resource policy must not be read as a trust policy', async () => {
    const r: AuthorizationRequest = {
      principal: `arn:aws:iam::${ACCOUNT}:user/prod`,
      action: 'sts:DecodeAuthorizationMessage',
      resource: '*',
      resourceAccount: ACCOUNT,
      identityPolicies: [doc({ Effect: 'Allow', Action: 'sts:*', Resource: '*' })],
      resourcePolicy: doc({ Effect: 'Allow', Action: 'sts:*', Resource: '*', Principal: { AWS: `arn:aws:iam::${OTHER}:role/Other` } }),
    };
    expect(await both(r)).toEqual({ gatehouse: 'Allow', iamSimulate: 'ImplicitDeny', cause: 'other STS action with a resource policy' });
  });
});
