// The actions a role's trust policy decides (AWS: AssumeRole and its variants, TagSession, SetSourceIdentity,
// SetContext) need the trust policy's allow even within the account; evaluate recognises them mostly by length.
import { evaluate, type PolicyDocument } from '../src/index';

const USER = 'arn:aws:iam::111122223333:user/alice';
const ROLE = 'arn:aws:iam::111122223333:role/ops';
const allowAll: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

const decide = (action: string) => evaluate({ principal: USER, action, resource: ROLE, identityPolicies: [allowAll] });

describe('actions a role trust policy decides', () => {
  const trustActions = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'];

  it.each(trustActions.flatMap((a) => [a, a.toUpperCase(), a.toLowerCase()]))('%s is denied without a trust policy, whatever an identity policy allows', (action) => {
    const result = decide(action);
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.blockedBy).toMatchObject({ reason: 'NoAllow', policyType: 'resource' });
  });

  // Same lengths as the actions above, or the same `sts:` prefix: an identity policy's allow is enough.
  it.each(['iam:CreateRole', 'sts:GetCallerIdentity', 'sts:GetSessionToken', 'sts:AssumeRoleX', 's3:PutBucketTagging', 'xts:AssumeRole', 'sts;AssumeRole', 'sts:ssumeRole'])(
    '%s is allowed by the identity policy alone',
    (action) => {
      expect(decide(action).decision).toBe('Allow');
    },
  );

  it('a name that lower-cases to a longer string is not taken for one of them', () => {
    // U+0130 lower-cases to two code units: `İ` is never the `i` of sts:TagSession.
    expect(decide('sts:TagSessİon').decision).toBe('Allow');
  });
});
