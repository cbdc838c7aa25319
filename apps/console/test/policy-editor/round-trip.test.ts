import { fromJson } from '../../src/features/policies/policy-editor/model/from-json';
import { toJson } from '../../src/features/policies/policy-editor/model/to-json';
import {
  addCondition,
  addResource,
  addStatement,
  duplicateStatement,
  newPolicyDraft,
  setAllServiceActions,
  setEffect,
  setNotAction,
  setNotPrincipal,
  setNotResource,
  setPrincipal,
  selectActions,
} from '../../src/features/policies/policy-editor/model/edits';
import type { PolicyDraft } from '../../src/features/policies/policy-editor/model/draft';

function read(text: string): PolicyDraft {
  const result = fromJson(text);
  if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.findings)}`);
  return result.draft;
}

const documents: Record<string, unknown> = {
  'single statement object, string values': {
    Version: '2012-10-17',
    Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
  },
  'several services, conditions with numbers and booleans': {
    Version: '2012-10-17',
    Id: 'ReportsAccess',
    Statement: [
      {
        Sid: 'ReadReports',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket', 'cloudwatch:GetMetricData'],
        Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
        Condition: {
          Bool: { 'aws:SecureTransport': true, 'aws:MultiFactorAuthPresent': 'true' },
          NumericLessThan: { 's3:max-keys': 10 },
          'ForAnyValue:StringLike': { 'aws:PrincipalTag/team': ['data-*', 'ops'] },
        },
      },
      { Effect: 'Deny', Action: '*', Resource: '*', Condition: { IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } } },
    ],
  },
  'trust policy': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::111122223333:root', '444455556666'], Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ],
  },
  'public principal, no version': { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] },
  'NotAction, NotResource, NotPrincipal': {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, NotAction: ['iam:*', 'sts:*'], NotResource: 'arn:aws:s3:::x' },
    ],
  },
  'unsupported members': {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' },
      { Effect: 'Allow', Action: 's3:*', Resource: '*', Sidd: 'typo' },
    ],
    Comment: 'not an IAM element',
  },
};

describe('toJson(fromJson(toJson(draft))) === toJson(draft)', () => {
  it.each(Object.entries(documents))('%s', (_name, document) => {
    const draft = read(JSON.stringify(document));
    const text = toJson(draft);
    expect(toJson(read(text))).toBe(text);
    // Canonical text may change form (a one-item list becomes a string), never meaning.
    expect(normalise(JSON.parse(text))).toEqual(normalise(document));
  });

  it('holds for drafts built by edits, including unfinished statements', () => {
    let draft = newPolicyDraft('identity');
    const first = draft.statements[0]!.id;
    draft = selectActions(draft, first, ['s3:GetObject'], true);
    draft = selectActions(draft, first, ['s3:PutObject'], true);
    draft = addResource(draft, first, 'arn:aws:s3:::reports/*');
    draft = addCondition(draft, first, { operator: 'StringEquals', key: 'aws:username', values: ['alice'] });
    draft = addCondition(draft, first, { operator: 'StringEquals', key: 'aws:username', values: ['bob'] });
    draft = duplicateStatement(draft, first);
    const copy = draft.statements[1]!.id;
    draft = setEffect(draft, copy, 'Deny');
    draft = setAllServiceActions(draft, copy, 's3', true);
    draft = addStatement(draft, 'identity');
    const text = toJson(draft);
    expect(toJson(read(text))).toBe(text);
  });

  it('holds when a statement switches to NotAction, NotResource and NotPrincipal and back', () => {
    let draft = newPolicyDraft('resource');
    const id = draft.statements[0]!.id;
    draft = setPrincipal(draft, id, { kind: 'anyone' });
    draft = selectActions(draft, id, ['s3:DeleteObject'], true);
    draft = addResource(draft, id, 'arn:aws:s3:::reports/*');
    draft = setEffect(draft, id, 'Deny');
    draft = setNotAction(setNotResource(setNotPrincipal(draft, id, true), id, true), id, true);
    const negated = toJson(draft);
    expect(toJson(read(negated))).toBe(negated);
    expect(JSON.parse(negated).Statement[0]).toEqual({
      Sid: 'Statement1',
      Effect: 'Deny',
      NotPrincipal: '*',
      NotAction: 's3:DeleteObject',
      NotResource: 'arn:aws:s3:::reports/*',
    });
    const back = toJson(setNotAction(setNotResource(setNotPrincipal(read(negated), id, false), id, false), id, false));
    expect(toJson(read(back))).toBe(back);
    expect(Object.keys(JSON.parse(back).Statement[0])).toEqual(['Sid', 'Effect', 'Principal', 'Action', 'Resource']);
  });

  it('holds for a trust policy draft', () => {
    let draft = newPolicyDraft('trust');
    const id = draft.statements[0]!.id;
    draft = setPrincipal(draft, id, { kind: 'entries', entries: [{ type: 'AWS', values: ['arn:aws:iam::444455556666:root'] }] });
    const text = toJson(draft);
    expect(toJson(read(text))).toBe(text);
    expect(JSON.parse(text).Statement[0]).toEqual({
      Sid: 'Statement1',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
    });
  });
});

/** Equal meaning: a single value and a one-item list are the same to IAM, as is a single statement object. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? normalise(value[0]) : value.map(normalise);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}
