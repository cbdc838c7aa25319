import { addCondition, addResource, selectActions } from '../../src/features/policies/policy-editor/model/edits';
import { editStatementInText, statementIndexAt, statementStart } from '../../src/features/policies/policy-editor/model/statement-in-text';

const text = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
      { Sid: 'Odd', Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Sidd: 'typo' },
    ],
  },
  null,
  4,
);
const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the statement under the cursor', () => {
  it('is the one whose braces hold the cursor, none outside them', () => {
    expect(statementIndexAt(text, { line: lineOf('"Read"'), column: 10 })).toBe(0);
    expect(statementIndexAt(text, { line: lineOf('"Odd"'), column: 10 })).toBe(1);
    expect(statementIndexAt(text, { line: lineOf('"Version"'), column: 5 })).toBeUndefined();
    expect(statementIndexAt('{ not json', { line: 1, column: 3 })).toBeUndefined();
  });

  it('takes actions, resources and conditions in that statement only, as the visual editor writes them', () => {
    const edited = editStatementInText(text, 0, (draft, id) => {
      let next = selectActions(draft, id, ['s3:PutObject'], true);
      next = addResource(next, id, 'arn:aws:s3:::archive/*');
      return addCondition(next, id, { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] });
    });
    if (!edited.ok) throw new Error(edited.reason);
    const document = JSON.parse(edited.text);
    expect(document.Statement[0]).toEqual({
      Sid: 'Read',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: ['arn:aws:s3:::reports/*', 'arn:aws:s3:::archive/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    expect(document.Statement[1]).toEqual(JSON.parse(text).Statement[1]);
    expect(statementStart(edited.text, 1)?.line).toBeGreaterThan(statementStart(edited.text, 0)!.line);
  });

  it('changes only the statement touched: the rest of the text keeps its layout, the statement its indentation', () => {
    // Two-space indentation, a compact statement on one line, odd spacing elsewhere: all the user's.
    const typed = [
      '{',
      '  "Version" :  "2012-10-17",',
      '  "Statement": [',
      '    {"Sid": "Keep", "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"},',
      '    {',
      '      "Sid": "Grow",',
      '      "Effect": "Allow",',
      '      "Action": "s3:GetObject",',
      '      "Resource": "arn:aws:s3:::reports/*"',
      '    },',
      '    { "Sid": "Line", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*" }',
      '  ]',
      '}',
    ].join('\n');
    const grown = editStatementInText(typed, 1, (draft, id) => addResource(draft, id, 'arn:aws:s3:::archive/*'));
    expect(grown).toEqual({
      ok: true,
      text: [
        ...typed.split('\n').slice(0, 4),
        '    {',
        '      "Sid": "Grow",',
        '      "Effect": "Allow",',
        '      "Action": "s3:GetObject",',
        '      "Resource": [',
        '        "arn:aws:s3:::reports/*",',
        '        "arn:aws:s3:::archive/*"',
        '      ]',
        '    },',
        ...typed.split('\n').slice(10),
      ].join('\n'),
    });

    // A statement written on one line stays on one line.
    const line = editStatementInText(typed, 2, (draft, id) => selectActions(draft, id, ['s3:DeleteBucket'], true));
    expect(line).toEqual({
      ok: true,
      text: typed.replace(
        '{ "Sid": "Line", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*" }',
        '{"Sid":"Line","Effect":"Deny","Action":["s3:DeleteObject","s3:DeleteBucket"],"Resource":"*"}',
      ),
    });
  });

  it('edits a lone Statement object in place', () => {
    const lone = '{"Version": "2012-10-17",\n "Statement": {\n   "Effect": "Allow",\n   "Action": "s3:GetObject",\n   "Resource": "*"\n }\n}';
    const edited = editStatementInText(lone, 0, (draft, id) => selectActions(draft, id, ['s3:PutObject'], true));
    expect(edited).toEqual({
      ok: true,
      text: '{"Version": "2012-10-17",\n "Statement": {\n  "Effect": "Allow",\n  "Action": [\n   "s3:GetObject",\n   "s3:PutObject"\n  ],\n  "Resource": "*"\n }\n}',
    });
  });

  it('refuses, saying why, for text that is not a policy or a statement the visual editor keeps verbatim', () => {
    expect(editStatementInText(text, 1, (draft) => draft)).toEqual({ ok: false, reason: 'Statement 2 holds elements only the JSON editor can change.' });
    expect(editStatementInText('{ "Statement": [', 0, (draft) => draft)).toEqual({ ok: false, reason: 'Fix the errors in the JSON first.' });
  });
});
