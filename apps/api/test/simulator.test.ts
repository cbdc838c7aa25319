import { groupArn, newUniqueId, policyArn } from '@gatehouse/db';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const result = `evaluationResults {
  evalActionName evalResourceName evalDecision missingContextValues explanation
  matchedStatements { sourcePolicyId sourcePolicyType statementIndex sid effect }
  permissionsBoundaryDecisionDetail { allowedByPermissionsBoundary }
}`;
const simulateCustom = `query ($input: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $input) { ${result} } }`;
const simulatePrincipal = `query ($input: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $input) { ${result} } }`;

describe('validatePolicy', () => {
  const query = `query ($policyDocument: String!, $policyType: ValidatePolicyType) {
    validatePolicy(policyDocument: $policyDocument, policyType: $policyType) { findingType issueCode findingDetails help path line column }
  }`;

  it('returns the evaluator’s findings with their position in the text', async () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" }]\n}';
    const findings = (await client.data(query, { policyDocument: text })).validatePolicy;
    const unknown = findings.find((finding: any) => finding.path === '$.Statement[0].Action');
    expect(unknown).toMatchObject({ line: 3 });
    expect(unknown.findingDetails).toContain('s3:GetObjekt');
    expect(unknown.help).toContain('s3:GetObject');
  });

  it('applies the rules of the policy type: a resource policy needs a Principal', async () => {
    const identity = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' });
    const asIdentity = (await client.data(query, { policyDocument: identity, policyType: 'IDENTITY_POLICY' })).validatePolicy;
    const asResource = (await client.data(query, { policyDocument: identity, policyType: 'RESOURCE_POLICY' })).validatePolicy;
    expect(asIdentity.filter((finding: any) => finding.findingType === 'ERROR')).toEqual([]);
    expect(asResource.some((finding: any) => finding.findingType === 'ERROR')).toBe(true);
  });
});

describe('simulateCustomPolicy', () => {
  it('decides every action on every resource: allowed, implicitDeny and explicitDeny, naming the statements', async () => {
    const allow = doc({ Sid: 'ReadAll', Effect: 'Allow', Action: 's3:Get*', Resource: '*' });
    const deny = doc({ Sid: 'NoSecrets', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secrets/*' });
    const { evaluationResults } = (
      await client.data(simulateCustom, {
        input: {
          policyInputList: [allow, deny],
          actionNames: ['s3:GetObject', 's3:PutObject'],
          resourceArns: ['arn:aws:s3:::public/a.txt', 'arn:aws:s3:::secrets/key'],
        },
      })
    ).simulateCustomPolicy;
    const decisions = Object.fromEntries(evaluationResults.map((r: any) => [`${r.evalActionName} ${r.evalResourceName}`, r.evalDecision]));
    expect(decisions).toEqual({
      's3:GetObject arn:aws:s3:::public/a.txt': 'allowed',
      's3:GetObject arn:aws:s3:::secrets/key': 'explicitDeny',
      's3:PutObject arn:aws:s3:::public/a.txt': 'implicitDeny',
      's3:PutObject arn:aws:s3:::secrets/key': 'implicitDeny',
    });
    const denied = evaluationResults.find((r: any) => r.evalDecision === 'explicitDeny');
    expect(denied.matchedStatements).toContainEqual({ sourcePolicyId: 'PolicyInputList.2', sourcePolicyType: 'none', statementIndex: 0, sid: 'NoSecrets', effect: 'Deny' });
    expect(denied.explanation[0]).toMatch(/^Explicitly denied/);
    expect(evaluationResults[0].matchedStatements).toEqual([
      { sourcePolicyId: 'PolicyInputList.1', sourcePolicyType: 'none', statementIndex: 0, sid: 'ReadAll', effect: 'Allow' },
    ]);
  });

  it('places each matched statement in its document’s text, as AWS’s StartPosition and EndPosition', async () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*" },',
      '    {',
      '      "Sid": "Read",',
      '      "Effect": "Allow",',
      '      "Action": "s3:GetObject",',
      '      "Resource": "*"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const query = `query ($input: SimulateCustomPolicyInput!) {
      simulateCustomPolicy(input: $input) { evaluationResults { matchedStatements { statementIndex startPosition { line column } endPosition { line column } } } }
    }`;
    const { evaluationResults } = (await client.data(query, { input: { policyInputList: [text], actionNames: ['s3:GetObject'] } })).simulateCustomPolicy;
    expect(evaluationResults[0].matchedStatements).toEqual([
      { statementIndex: 1, startPosition: { line: 5, column: 5 }, endPosition: { line: 10, column: 6 } },
    ]);
  });

  it('reports condition keys the request did not supply, and uses them when it does', async () => {
    const conditional = doc({ Effect: 'Allow', Action: 'ec2:StartInstances', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } });
    const without = (await client.data(simulateCustom, { input: { policyInputList: [conditional], actionNames: ['ec2:StartInstances'] } })).simulateCustomPolicy;
    expect(without.evaluationResults[0]).toMatchObject({ evalDecision: 'implicitDeny', missingContextValues: ['aws:RequestedRegion'], evalResourceName: '*' });
    const withRegion = (
      await client.data(simulateCustom, {
        input: {
          policyInputList: [conditional],
          actionNames: ['ec2:StartInstances'],
          contextEntries: [{ contextKeyName: 'aws:RequestedRegion', contextKeyValues: ['eu-west-1'], contextKeyType: 'string' }],
        },
      })
    ).simulateCustomPolicy;
    expect(withRegion.evaluationResults[0]).toMatchObject({ evalDecision: 'allowed', missingContextValues: [] });
  });

  it('limits the identity policies with a permissions boundary', async () => {
    const { evaluationResults } = (
      await client.data(simulateCustom, {
        input: {
          policyInputList: [doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
          permissionsBoundaryPolicyInputList: [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
          actionNames: ['s3:ListBucket', 'iam:CreateUser'],
        },
      })
    ).simulateCustomPolicy;
    expect(evaluationResults.map((r: any) => [r.evalDecision, r.permissionsBoundaryDecisionDetail])).toEqual([
      ['allowed', { allowedByPermissionsBoundary: true }],
      ['implicitDeny', { allowedByPermissionsBoundary: false }],
    ]);
  });

  it('evaluates a resource policy for callerArn, and requires callerArn with one (InvalidInput)', async () => {
    const bucketPolicy = doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${root.accountId}:user/reader` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared/*' });
    const input = { policyInputList: [doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' })], actionNames: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::shared/file'], resourcePolicy: bucketPolicy };
    const missing = await client.error(simulateCustom, { input });
    expect(missing.extensions).toMatchObject({ code: 'InvalidInput', field: 'callerArn' });
    const named = (await client.data(simulateCustom, { input: { ...input, callerArn: `arn:aws:iam::${root.accountId}:user/reader` } })).simulateCustomPolicy;
    expect(named.evaluationResults[0].evalDecision).toBe('allowed');
    expect(named.evaluationResults[0].matchedStatements).toEqual([
      { sourcePolicyId: 'ResourcePolicy', sourcePolicyType: 'resource', statementIndex: 0, sid: null, effect: 'Allow' },
    ]);
    const other = (await client.data(simulateCustom, { input: { ...input, callerArn: `arn:aws:iam::${root.accountId}:user/other` } })).simulateCustomPolicy;
    expect(other.evaluationResults[0].evalDecision).toBe('implicitDeny');
  });

  it('refuses an empty action list and too many actions', async () => {
    const empty = await client.error(simulateCustom, { input: { policyInputList: [doc({ Effect: 'Allow', Action: '*', Resource: '*' })], actionNames: [] } });
    expect(empty.extensions).toMatchObject({ code: 'InvalidInput', field: 'actionNames' });
    const many = Array.from({ length: 101 }, (_, i) => `s3:Action${i}`);
    const tooMany = await client.error(simulateCustom, { input: { policyInputList: ['{}'], actionNames: many } });
    expect(tooMany.extensions.field).toBe('actionNames');
  });

  it('refuses documents that are not policies of their kind with MalformedPolicyDocument, as AWS does, instead of simulating them', async () => {
    const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
    for (const [input, field] of [
      [{ policyInputList: ['{'] }, 'input.policyInputList'],
      [{ policyInputList: ['null'] }, 'input.policyInputList'],
      [{ policyInputList: [allowAll, '[]'] }, 'input.policyInputList'],
      [{ policyInputList: [allowAll], permissionsBoundaryPolicyInputList: ['"x"'] }, 'input.permissionsBoundaryPolicyInputList'],
      [{ policyInputList: [allowAll], resourcePolicy: '{', callerArn: `arn:aws:iam::${root.accountId}:user/alice` }, 'input.resourcePolicy'],
    ] as const) {
      const error = await client.error(simulateCustom, { input: { ...input, actionNames: ['s3:GetObject'] } });
      expect(error.extensions).toMatchObject({ code: 'MalformedPolicyDocument', field });
    }
  });
});

describe('simulatePrincipalPolicy', () => {
  let userArn: string;

  beforeAll(async () => {
    const { accountId } = root;
    const user = (await client.data('mutation { createUser(input: { userName: "simulated" }) { userId arn } }')).createUser;
    userArn = user.arn;
    await api.prisma.userPolicy.create({
      data: { userId: user.userId, policyName: 'OwnInline', policyDocument: doc({ Sid: 'Logs', Effect: 'Allow', Action: 'logs:*', Resource: '*' }) },
    });
    const policyId = newUniqueId('managedPolicy');
    await api.prisma.managedPolicy.create({
      data: {
        id: policyId,
        accountId,
        policyName: 'S3Read',
        arn: policyArn(accountId, '/', 'S3Read'),
        defaultVersionId: 'v1',
        versions: { create: [{ versionId: 'v1', document: doc({ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }] },
      },
    });
    await api.prisma.group.create({
      data: {
        id: newUniqueId('group'),
        accountId,
        groupName: 'Readers',
        arn: groupArn(accountId, '/', 'Readers'),
        members: { create: [{ userId: user.userId }] },
        attachedPolicies: { create: [{ policyId }] },
        inlinePolicies: { create: [{ policyName: 'NoDelete', policyDocument: doc({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }) }] },
      },
    });
  });

  it('simulates with the user’s own, its groups’ and extra policies', async () => {
    const { evaluationResults } = (
      await client.data(simulatePrincipal, {
        input: {
          policySourceArn: userArn,
          actionNames: ['logs:PutLogEvents', 's3:GetObject', 's3:DeleteObject', 'ec2:RunInstances', 'sqs:SendMessage'],
          policyInputList: [doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })],
        },
      })
    ).simulatePrincipalPolicy;
    const byAction = Object.fromEntries(evaluationResults.map((r: any) => [r.evalActionName, r]));
    expect(byAction['logs:PutLogEvents'].matchedStatements).toEqual([
      { sourcePolicyId: 'OwnInline', sourcePolicyType: 'user', statementIndex: 0, sid: 'Logs', effect: 'Allow' },
    ]);
    expect(byAction['s3:GetObject'].matchedStatements).toEqual([
      { sourcePolicyId: 'S3Read', sourcePolicyType: 'user_managed', statementIndex: 0, sid: 'Read', effect: 'Allow' },
    ]);
    expect(byAction['s3:DeleteObject'].evalDecision).toBe('explicitDeny');
    expect(byAction['s3:DeleteObject'].matchedStatements[0]).toMatchObject({ sourcePolicyId: 'NoDelete', sourcePolicyType: 'group' });
    expect(byAction['ec2:RunInstances'].evalDecision).toBe('implicitDeny');
    expect(byAction['sqs:SendMessage'].evalDecision).toBe('allowed');
  });

  it('simulates a group’s policies', async () => {
    const { evaluationResults } = (
      await client.data(simulatePrincipal, { input: { policySourceArn: groupArn(root.accountId, '/', 'Readers'), actionNames: ['s3:GetObject', 'logs:PutLogEvents'] } })
    ).simulatePrincipalPolicy;
    expect(evaluationResults.map((r: any) => r.evalDecision)).toEqual(['allowed', 'implicitDeny']);
  });

  it('takes a user source as the caller a resource policy names; a group source needs callerArn (InvalidInput)', async () => {
    const bucketPolicy = doc({ Effect: 'Allow', Principal: { AWS: userArn }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::shared/*' });
    const input = { actionNames: ['s3:PutObject'], resourceArns: ['arn:aws:s3:::shared/file'], resourcePolicy: bucketPolicy };
    const asUser = (await client.data(simulatePrincipal, { input: { ...input, policySourceArn: userArn } })).simulatePrincipalPolicy;
    expect(asUser.evaluationResults[0]).toMatchObject({ evalDecision: 'allowed', matchedStatements: [{ sourcePolicyId: 'ResourcePolicy', sourcePolicyType: 'resource' }] });
    const readers = groupArn(root.accountId, '/', 'Readers');
    const missing = await client.error(simulatePrincipal, { input: { ...input, policySourceArn: readers } });
    expect(missing.extensions).toMatchObject({ code: 'InvalidInput', field: 'callerArn' });
    const asGroupMember = (await client.data(simulatePrincipal, { input: { ...input, policySourceArn: readers, callerArn: userArn } })).simulatePrincipalPolicy;
    expect(asGroupMember.evaluationResults[0].evalDecision).toBe('allowed');
  });

  it('answers NoSuchEntity for an unknown principal, and AccessDenied for another account’s', async () => {
    const unknown = await client.error(simulatePrincipal, { input: { policySourceArn: `arn:aws:iam::${root.accountId}:user/ghost`, actionNames: ['s3:GetObject'] } });
    expect(unknown.extensions.code).toBe('NoSuchEntity');
    const foreign = await client.error(simulatePrincipal, { input: { policySourceArn: 'arn:aws:iam::999999999999:user/someone', actionNames: ['s3:GetObject'] } });
    expect(foreign.extensions.code).toBe('AccessDenied');
  });
});
