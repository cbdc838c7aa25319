import { describeMatchedStatement, decisionText } from '../../src/features/simulator/evaluation-outcome';
import { contextKeyTypeFor, governingPolicyKey, initialSimulationSettings, simulationRequest } from '../../src/features/simulator/simulation-settings';

const base = initialSimulationSettings();

describe('simulationRequest', () => {
  it('says what is missing instead of sending', () => {
    expect(simulationRequest(base)).toEqual({
      kind: 'incomplete',
      problems: ['Choose a user, group or role, or add a policy.', 'Choose at least one action.'],
    });
  });

  it('simulates a principal with extra policies, typed context values and * for blank resources', () => {
    const request = simulationRequest({
      ...base,
      policySourceArn: 'arn:aws:iam::111122223333:user/alice',
      policyInputList: ['  ', '{"Version":"2012-10-17","Statement":[]}'],
      actionNames: ['s3:GetObject'],
      resourceArns: ['', ' '],
      contextEntries: [
        { id: 'c1', contextKeyName: ' aws:SourceIp ', contextKeyType: 'ip', values: ' 10.0.0.1 ' },
        { id: 'c2', contextKeyName: 'aws:TagKeys', contextKeyType: 'stringList', values: 'team, env,' },
      ],
    });
    expect(request).toEqual({
      kind: 'principal',
      input: {
        policySourceArn: 'arn:aws:iam::111122223333:user/alice',
        policyInputList: ['{"Version":"2012-10-17","Statement":[]}'],
        actionNames: ['s3:GetObject'],
        resourceArns: ['*'],
        contextEntries: [
          { contextKeyName: 'aws:SourceIp', contextKeyType: 'ip', contextKeyValues: ['10.0.0.1'] },
          { contextKeyName: 'aws:TagKeys', contextKeyType: 'stringList', contextKeyValues: ['team', 'env'] },
        ],
      },
    });
  });

  it('simulates without the policies unticked: the ticked documents, the boundary, the tags and the user as caller', () => {
    const read = { policyName: 'ReadOnly', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', groupName: null, policyDocument: '{"read":1}' };
    const viaGroup = { ...read, groupName: 'Developers', policyDocument: '{"read":2}' };
    const inline = { policyName: 'deploy', policyArn: null, groupName: null, policyDocument: '{"deploy":1}' };
    const governing = {
      identityPolicies: [read, viaGroup, inline],
      permissionsBoundary: { policyArn: 'arn:aws:iam::111122223333:policy/Boundary', policyName: 'Boundary', policyDocument: '{"boundary":1}' },
      tags: [{ key: 'team', value: 'data' }],
    };
    const settings = { ...base, policySourceArn: 'arn:aws:iam::111122223333:user/alice', actionNames: ['s3:GetObject'], policyInputList: ['{"pasted":1}'] };
    // Nothing unticked: the principal's own simulation, as before.
    expect(simulationRequest(settings, governing).kind).toBe('principal');
    // The same managed policy attached directly and through a group are two rows, unticked one at a time.
    expect(new Set([read, viaGroup, inline].map(governingPolicyKey)).size).toBe(3);
    expect(simulationRequest({ ...settings, excludedPolicies: [governingPolicyKey(read)] }, governing)).toEqual({
      kind: 'custom',
      input: {
        policyInputList: ['{"read":2}', '{"deploy":1}', '{"pasted":1}'],
        actionNames: ['s3:GetObject'],
        resourceArns: ['*'],
        contextEntries: [{ contextKeyName: 'aws:PrincipalTag/team', contextKeyType: 'string', contextKeyValues: ['data'] }],
        permissionsBoundaryPolicyInputList: ['{"boundary":1}'],
        callerArn: 'arn:aws:iam::111122223333:user/alice',
      },
    });
    const allUnticked = { ...settings, policyInputList: [], excludedPolicies: [read, viaGroup, inline].map(governingPolicyKey) };
    expect(simulationRequest(allUnticked, governing)).toEqual({ kind: 'incomplete', problems: ['Tick at least one of the policies, or add a policy.'] });
  });

  it('simulates pasted policies alone as a custom simulation', () => {
    const request = simulationRequest({ ...base, policyInputList: ['{}'], actionNames: ['iam:ListUsers'], resourceArns: ['arn:aws:iam::111122223333:user/*'] });
    expect(request).toEqual({ kind: 'custom', input: { policyInputList: ['{}'], actionNames: ['iam:ListUsers'], resourceArns: ['arn:aws:iam::111122223333:user/*'] } });
  });

  it('sends a boundary, a resource-based policy, the caller and the resource owner when given', () => {
    const request = simulationRequest({
      ...base,
      policyInputList: ['{}'],
      actionNames: ['s3:GetObject'],
      permissionsBoundary: ' {"Statement":[]} ',
      resourcePolicy: '{"Statement":[]}',
      callerArn: ' arn:aws:iam::111122223333:user/alice ',
      resourceOwner: '444455556666',
    });
    expect(request).toEqual({
      kind: 'custom',
      input: {
        policyInputList: ['{}'],
        actionNames: ['s3:GetObject'],
        resourceArns: ['*'],
        permissionsBoundaryPolicyInputList: ['{"Statement":[]}'],
        resourcePolicy: '{"Statement":[]}',
        callerArn: 'arn:aws:iam::111122223333:user/alice',
        resourceOwner: '444455556666',
      },
    });
  });

  it('asks for the caller ARN a resource-based policy needs unless a user is simulated, and refuses a malformed caller or owner', () => {
    const custom = { ...base, policyInputList: ['{}'], actionNames: ['s3:GetObject'], resourcePolicy: '{}' };
    expect(simulationRequest(custom)).toEqual({ kind: 'incomplete', problems: ['Enter a caller ARN: a resource-based policy is matched against it.'] });
    expect(simulationRequest({ ...custom, policySourceArn: 'arn:aws:iam::111122223333:user/alice' })).toMatchObject({ kind: 'principal', input: { resourcePolicy: '{}' } });
    expect(simulationRequest({ ...custom, policySourceArn: 'arn:aws:iam::111122223333:group/readers' })).toEqual({
      kind: 'incomplete',
      problems: ['Enter a caller ARN: a resource-based policy is matched against it.'],
    });
    expect(simulationRequest({ ...custom, callerArn: 'alice', resourceOwner: '1234' })).toEqual({
      kind: 'incomplete',
      problems: ['The caller ARN must be the ARN of an IAM user, role or assumed-role session.', 'The resource owner must be a 12-digit account ID.'],
    });
  });
});

describe('contextKeyTypeFor', () => {
  it('takes the type from the catalog', () => {
    expect(contextKeyTypeFor('aws:SourceIp')).toBe('ip');
    expect(contextKeyTypeFor('aws:MultiFactorAuthPresent')).toBe('boolean');
    expect(contextKeyTypeFor('example:Unknown')).toBe('string');
  });
});

describe('evaluation outcome words', () => {
  it('names the decision and the deciding statement, counting statements from 1', () => {
    expect(decisionText('explicitDeny').text).toBe('Explicitly denied');
    expect(
      describeMatchedStatement({ sourcePolicyId: 'DenyDeletes', sourcePolicyType: 'user_managed', statementIndex: 0, sid: 'NoDelete', effect: 'Deny' }),
    ).toBe('Deny in DenyDeletes (Customer managed policy), statement 1 (NoDelete)');
  });
});
