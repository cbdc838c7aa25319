import { fromJson } from '../../src/features/policies/policy-editor/model/from-json';
import { toJson } from '../../src/features/policies/policy-editor/model/to-json';
import { isStatementEditable, removeStatement } from '../../src/features/policies/policy-editor/model/edits';

describe('fromJson', () => {
  it('reads statements, principals and conditions into the draft', () => {
    const result = fromJson(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AssumeFromPartner',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::444455556666:root' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'x-42' } },
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [statement] = result.draft.statements;
    expect(statement).toMatchObject({
      sid: 'AssumeFromPartner',
      effect: 'Allow',
      principal: { kind: 'entries', entries: [{ type: 'AWS', values: ['arn:aws:iam::444455556666:root'] }] },
      actions: ['sts:AssumeRole'],
      resources: undefined,
      services: ['sts'],
      conditions: [{ operator: 'StringEquals', key: 'sts:ExternalId', values: ['x-42'] }],
    });
    expect(result.draft.unsupported).toEqual([]);
  });

  it('reads NotPrincipal, NotAction and NotResource into the draft, and keeps unknown elements verbatim', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, NotAction: 'iam:*', NotResource: ['arn:aws:s3:::x'] },
        { Effect: 'Allow', Action: 's3:*', Resource: '*', Sidd: 'typo' },
      ],
      Comment: 'kept',
    };
    const result = fromJson(JSON.stringify(document, null, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [negated, typo] = result.draft.statements;
    expect(negated).toMatchObject({
      principal: { kind: 'entries', entries: [{ type: 'AWS', values: ['arn:aws:iam::111122223333:user/alice'] }] },
      notPrincipal: true,
      actions: ['iam:*'],
      notAction: true,
      services: ['iam'],
      resources: ['arn:aws:s3:::x'],
      notResource: true,
      extra: {},
    });
    expect(result.draft.unsupported).toEqual([
      { path: '$.Comment', message: expect.any(String) },
      // The evaluator's own words for an unknown element, with its suggestion kept out of the message.
      { path: '$.Statement[1].Sidd', message: 'unknown statement element `Sidd`', statementId: typo!.id },
    ]);
    // Only the statement holding what the draft cannot show is read-only; the document's own extra blocks nothing.
    expect(isStatementEditable(result.draft, negated!.id)).toBe(true);
    expect(isStatementEditable(result.draft, typo!.id)).toBe(false);
    expect(isStatementEditable(removeStatement(result.draft, typo!.id), negated!.id)).toBe(true);
    expect(removeStatement(result.draft, typo!.id).unsupported.map((u) => u.path)).toEqual(['$.Comment']);
    const written = JSON.parse(toJson(result.draft));
    expect(written.Comment).toBe('kept');
    expect(written.Statement[0]).toEqual({
      Effect: 'Deny',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      NotAction: 'iam:*',
      NotResource: 'arn:aws:s3:::x',
    });
    expect(written.Statement[1].Sidd).toBe('typo');
  });

  it('keeps the second of Action and NotAction verbatim, and that statement read-only', () => {
    const result = fromJson('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotAction":"iam:*","Resource":"*"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
    if (!result.ok) throw new Error('expected a draft');
    const [both, plain] = result.draft.statements;
    expect(both).toMatchObject({ actions: ['s3:*'], notAction: false, extra: { NotAction: 'iam:*' } });
    expect(result.draft.unsupported.map((u) => [u.path, u.statementId])).toEqual([['$.Statement[0].NotAction', both!.id]]);
    expect(isStatementEditable(result.draft, both!.id)).toBe(false);
    expect(isStatementEditable(result.draft, plain!.id)).toBe(true);
    expect(JSON.parse(toJson(result.draft)).Statement[0]).toEqual({ Effect: 'Allow', Action: 's3:*', NotAction: 'iam:*', Resource: '*' });
  });

  it('keeps an Effect it cannot show instead of inventing one', () => {
    const result = fromJson('{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:*","Resource":"*"}]}');
    expect(result.ok && result.draft.statements[0]!.effect).toBeUndefined();
    expect(result.ok && JSON.parse(toJson(result.draft)).Statement[0].Effect).toBe('allow');
    expect(result.ok && result.draft.unsupported.map((u) => u.path)).toEqual(['$.Statement[0].Effect']);
  });

  it('gives findings with line and column for text that is not JSON', () => {
    const result = fromJson('{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings[0]).toMatchObject({ severity: 'ERROR', code: 'MALFORMED_JSON', line: 4 });
  });

  it('refuses a document that repeats a key, since the draft could keep only one of the values', () => {
    const result = fromJson('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Action":"s3:PutObject","Resource":"*"}]}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings.map((f) => f.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('refuses a document whose Statement is not an object or a list of objects', () => {
    const result = fromJson('{"Version":"2012-10-17","Statement":"everything"}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings[0]!.code).toBe('STATEMENT_NOT_OBJECT');
  });
});
