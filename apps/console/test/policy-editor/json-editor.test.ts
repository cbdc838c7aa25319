import { CompletionContext } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState, Text } from '@codemirror/state';
import { awsCatalog } from '@gatehouse/evaluator/catalog';
import { policyCompletions } from '../../src/features/policies/policy-editor/json/completions';
import { policyDiagnostics } from '../../src/features/policies/policy-editor/json/lint';
import { validateText } from '../../src/features/policies/policy-editor/json/validate-text';

const policy = (version: string) => `{\n    "Version": "${version}",\n    "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}`;

describe('JSON editor diagnostics', () => {
  it('puts each finding on the text it is about, with CodeMirror severities', () => {
    const doc = Text.of(policy('2012-01-17').split('\n'));
    const diagnostics = policyDiagnostics(doc, validateText(doc.toString(), 'identity'));
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(doc.sliceString(diagnostic!.from, diagnostic!.to)).toBe('"2012-01-17"');
    expect(diagnostic).toMatchObject({ severity: 'error', source: 'INVALID_VERSION' });
    expect(diagnostic!.message).toContain('did you mean `2012-10-17`?');
  });

  it('has nothing to say about a valid policy', () => {
    expect(policyDiagnostics(Text.of(policy('2012-10-17').split('\n')), validateText(policy('2012-10-17'), 'identity'))).toEqual([]);
  });
});

describe('validateText', () => {
  it('answers the newest and the previous text from memory when asked in turn, as the page and the deferred summary do', () => {
    const current = policy('2012-10-17');
    const previous = policy('2012-10-1');
    const first = [validateText(previous, 'identity'), validateText(current, 'identity')];
    expect(validateText(previous, 'identity')).toBe(first[0]);
    expect(validateText(current, 'identity')).toBe(first[1]);
    expect(validateText(current, 'trust')).not.toBe(first[1]);
    expect(first[0]!.map((finding) => finding.code)).toEqual(['INVALID_VERSION']);
  });
});

describe('JSON editor completions', () => {
  function completeAt(text: string) {
    const pos = text.indexOf('|');
    const doc = text.slice(0, pos) + text.slice(pos + 1);
    const state = EditorState.create({ doc, extensions: [json()] });
    ensureSyntaxTree(state, state.doc.length, 5_000);
    const result = policyCompletions(awsCatalog)(new CompletionContext(state, pos, true));
    return result && { typedFrom: doc.slice(result.from, pos), labels: result.options.map((o) => o.label) };
  }

  it('offers the actions of the service typed in Action', () => {
    const result = completeAt('{"Statement": [{"Action": ["s3:GetObj|"]}]}');
    expect(result?.typedFrom).toBe('s3:GetObj');
    expect(result?.labels).toEqual(expect.arrayContaining(['s3:*', 's3:GetObject', 's3:GetObjectTagging']));
  });

  it('offers service prefixes before the colon', () => {
    expect(completeAt('{"Statement": [{"NotAction": "ia|"}]}')?.labels).toContain('iam:');
  });

  it('offers operators directly under Condition, and keys under an operator', () => {
    const operators = completeAt('{"Statement": [{"Condition": {"Str|": {}}}]}')?.labels;
    expect(operators).toEqual(expect.arrayContaining(['StringEquals', 'StringLikeIfExists', 'ForAnyValue:StringEquals', 'Null']));
    expect(operators).not.toContain('NullIfExists');
    const keys = completeAt('{"Statement": [{"Condition": {"StringEquals": {"aws:Pri|": "x"}}}]}')?.labels;
    expect(keys).toEqual(expect.arrayContaining(['aws:PrincipalArn', 'aws:PrincipalTag/']));
  });

  it('offers statement elements inside a statement and nothing inside a Resource value', () => {
    expect(completeAt('{"Statement": [{"Eff|"}]}')?.labels).toEqual(expect.arrayContaining(['Effect', 'NotPrincipal', 'Condition']));
    expect(completeAt('{"Statement": [{"Resource": "arn:|"}]}')).toBeNull();
  });
});
