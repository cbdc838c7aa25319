import { parsePolicy } from '../src/index';

describe('parsePolicy', () => {
  test('normalises values to arrays and keeps JSON paths', () => {
    const result = parsePolicy({
      Version: '2012-10-17',
      Statement: { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'], Condition: { NumericLessThan: { 's3:max-keys': 10 } } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [s] = result.policy.statements;
    expect(s).toMatchObject({ index: 0, path: '$.Statement', sid: 'One', effect: 'Allow' });
    expect(s!.action).toEqual({ negated: false, values: ['s3:GetObject'], paths: ['$.Statement.Action'] });
    expect(s!.resource!.paths).toEqual(['$.Statement.Resource[0]', '$.Statement.Resource[1]']);
    expect(s!.conditions).toEqual([{ operator: 'NumericLessThan', key: 's3:max-keys', values: ['10'], path: "$.Statement.Condition.NumericLessThan['s3:max-keys']" }]);
  });

  test('reads Principal forms: "*", {"AWS": "*"}, and typed lists', () => {
    const result = parsePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Deny', NotPrincipal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:user/a'], Service: 'ec2.amazonaws.com' }, Action: 's3:*', Resource: '*' },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    const [a, b, c] = result.policy.statements;
    expect(a!.principal).toMatchObject({ negated: false, wildcard: true, entries: [] });
    expect(b!.principal).toMatchObject({ wildcard: true });
    expect(c!.principal!.negated).toBe(true);
    expect(c!.principal!.entries.map((e) => `${e.type}=${e.value}`)).toEqual(['AWS=111122223333', 'AWS=arn:aws:iam::111122223333:user/a', 'Service=ec2.amazonaws.com']);
  });

  test('malformed JSON reports the position', () => {
    const result = parsePolicy('{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "*" }\n  ]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'MALFORMED_JSON', severity: 'ERROR', line: 4, column: 25 });
    expect(result.findings[0]!.message).toContain('expected `,` or `}`');
  });

  test('an unexpected character is named whole: a character beyond the BMP as itself, a lone surrogate by its number', () => {
    const messages = ['\u{10000}', '\ud800', '{"Version": é}'].map((text) => {
      const result = parsePolicy(text);
      return result.ok ? 'parsed' : result.findings[0]!.message;
    });
    expect(messages).toEqual(['malformed JSON: unexpected character `\u{10000}`', 'malformed JSON: unexpected character U+D800', 'malformed JSON: unexpected character `é`']);
    expect(messages.some((message) => /\p{Cs}/u.test(message))).toBe(false);
  });

  test('the classic Version typo is an error with a suggestion at its line and column', () => {
    const text = '{\n  "Version": "2012-01-17",\n  "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }]\n}';
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([
      { severity: 'ERROR', code: 'INVALID_VERSION', message: 'invalid policy version `2012-01-17`', help: 'did you mean `2012-10-17`?', path: '$.Version', line: 2, column: 14, endLine: 2, endColumn: 26 },
    ]);
  });

  test('grammar errors: unknown elements (pointing at the key), Effect, missing Action, both forms', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statment: [], Statement: [{ Effect: 'allow', Resource: '*', Actions: 'x' }, { Effect: 'Deny', Action: '*', NotAction: 's3:*', Resource: '*' }] }, null, 2);
    const result = parsePolicy(text);
    if (result.ok) throw new Error('expected errors');
    const codes = result.findings.map((f) => `${f.code} ${f.path}`);
    expect(codes).toEqual([
      "UNKNOWN_POLICY_ELEMENT $.Statment",
      'UNKNOWN_STATEMENT_ELEMENT $.Statement[0].Actions',
      'INVALID_EFFECT $.Statement[0].Effect',
      'MISSING_ACTION $.Statement[0]',
      'ACTION_AND_NOT_ACTION $.Statement[1].NotAction',
    ]);
    expect(result.findings[0]!.help).toBe('did you mean `Statement`?');
    expect(result.findings[2]!.help).toBe('did you mean `Allow`?');
    // An unknown element is marked on its name: line 3, where "Statment" is.
    expect(result.findings[0]).toMatchObject({ line: 3, column: 3, endColumn: 13 });
  });

  test('duplicate keys are errors (JSON.parse would silently keep the last)', () => {
    const result = parsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}]}');
    if (result.ok) throw new Error('expected errors');
    expect(result.findings.map((f) => f.code)).toEqual(['DUPLICATE_KEY']);
  });

  test('wrong types and empty values', () => {
    const result = parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: 5, Condition: { StringEquals: 'x' } }] });
    if (result.ok) throw new Error('expected errors');
    expect(result.findings.map((f) => f.code)).toEqual(['EMPTY_VALUE', 'INVALID_ELEMENT_TYPE', 'INVALID_ELEMENT_TYPE']);
  });

  test('a member named __proto__ stays data', () => {
    const result = parsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","__proto__":{"x":1}}]}');
    if (result.ok) throw new Error('expected errors');
    expect(result.findings.map((f) => f.code)).toEqual(['UNKNOWN_STATEMENT_ELEMENT']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test.each([['null'], ['[]'], ['"text"'], ['42'], ['{"Statement": 7}'], ['']])('non-policies fail with findings: %s', (text) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.length).toBeGreaterThan(0);
  });
});
