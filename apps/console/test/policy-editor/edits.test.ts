import { toJson } from '../../src/features/policies/policy-editor/model/to-json';
import {
  addCondition,
  addResource,
  addService,
  addStatement,
  duplicateStatement,
  newPolicyDraft,
  removeCondition,
  removeResource,
  removeService,
  removeStatement,
  setAllResources,
  setAllServiceActions,
  setEffect,
  setSid,
  selectActions,
  updateCondition,
} from '../../src/features/policies/policy-editor/model/edits';

const statementOf = (text: string, index = 0) => JSON.parse(text).Statement[index];

describe('visual editor edits', () => {
  it('starts like AWS: one Allow statement with no action and no resource yet', () => {
    expect(JSON.parse(toJson(newPolicyDraft('identity')))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }],
    });
  });

  it('checks and unchecks actions, case-insensitively, one service at a time', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = selectActions(draft, id, ['iam:ListUsers'], true);
    draft = selectActions(draft, id, ['s3:GetObject'], true);
    draft = selectActions(draft, id, ['s3:ListBucket'], true);
    draft = selectActions(draft, id, ['S3:GETOBJECT'], false);
    expect(draft.statements[0]!.actions).toEqual(['iam:ListUsers', 's3:ListBucket']);
    expect(draft.statements[0]!.services).toEqual(['iam', 's3']);
  });

  it('checks or unchecks every action of an access level at once, leaving the others', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = selectActions(draft, id, ['iam:GetUser'], true);
    draft = selectActions(draft, id, ['iam:ListUsers', 'iam:ListGroups', 'iam:ListRoles'], true);
    expect(draft.statements[0]!.actions).toEqual(['iam:GetUser', 'iam:ListUsers', 'iam:ListGroups', 'iam:ListRoles']);
    draft = selectActions(draft, id, ['iam:ListUsers', 'iam:ListGroups', 'iam:ListRoles'], false);
    expect(draft.statements[0]!.actions).toEqual(['iam:GetUser']);
  });

  it('"All actions" replaces the listed actions of that service with service:*', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = selectActions(draft, id, ['iam:ListUsers'], true);
    draft = selectActions(draft, id, ['s3:GetObject'], true);
    draft = setAllServiceActions(draft, id, 's3', true);
    expect(statementOf(toJson(draft)).Action).toEqual(['iam:ListUsers', 's3:*']);
    draft = setAllServiceActions(draft, id, 's3', false);
    expect(statementOf(toJson(draft)).Action).toBe('iam:ListUsers');
  });

  it('keeps a picked service without actions out of the JSON, and removing a service removes its actions', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = addService(draft, id, 'EC2');
    expect(draft.statements[0]!.services).toEqual(['ec2']);
    expect(statementOf(toJson(draft)).Action).toEqual([]);
    draft = selectActions(draft, id, ['ec2:DescribeInstances'], true);
    draft = selectActions(draft, id, ['s3:GetObject'], true);
    draft = removeService(draft, id, 'ec2');
    expect(draft.statements[0]!.services).toEqual(['s3']);
    expect(statementOf(toJson(draft)).Action).toBe('s3:GetObject');
  });

  it('a specific ARN replaces "All resources", and resources compare with case', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = setAllResources(draft, id, true);
    expect(statementOf(toJson(draft)).Resource).toBe('*');
    draft = addResource(draft, id, 'arn:aws:s3:::Reports/*');
    draft = addResource(draft, id, 'arn:aws:s3:::reports/*');
    draft = addResource(draft, id, 'arn:aws:s3:::reports/*');
    expect(statementOf(toJson(draft)).Resource).toEqual(['arn:aws:s3:::Reports/*', 'arn:aws:s3:::reports/*']);
    draft = removeResource(draft, id, 'arn:aws:s3:::Reports/*');
    expect(statementOf(toJson(draft)).Resource).toBe('arn:aws:s3:::reports/*');
  });

  it('merges two conditions on the same operator and key, and updates or removes one by id', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = addCondition(draft, id, { operator: 'StringEquals', key: 'aws:username', values: ['alice'] });
    draft = addCondition(draft, id, { operator: 'StringEquals', key: 'aws:username', values: ['bob'] });
    draft = addCondition(draft, id, { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] });
    expect(statementOf(toJson(draft)).Condition).toEqual({
      StringEquals: { 'aws:username': ['alice', 'bob'] },
      Bool: { 'aws:SecureTransport': 'true' },
    });
    const [first, , bool] = draft.statements[0]!.conditions;
    draft = updateCondition(draft, id, bool!.id, { operator: 'BoolIfExists' });
    draft = removeCondition(draft, id, first!.id);
    expect(statementOf(toJson(draft)).Condition).toEqual({
      StringEquals: { 'aws:username': 'bob' },
      BoolIfExists: { 'aws:SecureTransport': 'true' },
    });
  });

  it('duplicates a statement after the original with new ids and an unused Sid', () => {
    let draft = newPolicyDraft('identity');
    const id = draft.statements[0]!.id;
    draft = selectActions(draft, id, ['s3:GetObject'], true);
    draft = addCondition(draft, id, { operator: 'StringEquals', key: 'aws:username', values: ['alice'] });
    draft = addStatement(draft, 'identity');
    draft = duplicateStatement(draft, id);
    const [original, copy, third] = draft.statements;
    expect(draft.statements.map((s) => s.sid)).toEqual(['Statement1', 'Statement3', 'Statement2']);
    expect(copy!.id).not.toBe(original!.id);
    expect(copy!.conditions[0]!.id).not.toBe(original!.conditions[0]!.id);
    expect(copy!.actions).toEqual(['s3:GetObject']);
    expect(third!.actions).toEqual([]);
    // The copy is independent of the original.
    draft = selectActions(draft, copy!.id, ['s3:PutObject'], true);
    expect(draft.statements[0]!.actions).toEqual(['s3:GetObject']);
  });

  it('sets effect and Sid, removes statements', () => {
    let draft = addStatement(newPolicyDraft('identity'), 'identity');
    const [first, second] = draft.statements;
    draft = setEffect(draft, second!.id, 'Deny');
    draft = setSid(draft, first!.id, '');
    draft = removeStatement(draft, second!.id);
    expect(JSON.parse(toJson(draft)).Statement).toEqual([{ Effect: 'Allow', Action: [], Resource: [] }]);
  });

  it('a trust policy statement has a principal and sts:AssumeRole, and no Resource', () => {
    const draft = newPolicyDraft('trust');
    expect(statementOf(toJson(draft))).toEqual({ Sid: 'Statement1', Effect: 'Allow', Principal: { AWS: [] }, Action: 'sts:AssumeRole' });
  });
});
