// The content-addressed cache of compiled policies behind evaluate(raw documents): never stale, bounded, and
// invisible in the answers.
import fc from 'fast-check';
import { compileCached, POLICY_CACHE_MAX_CHARACTERS, POLICY_CACHE_MAX_ENTRIES, policyCacheSize } from '../src/compile/policy-cache';
import { compilePolicy, evaluate, type AuthorizationRequest, type PolicyDocument } from '../src/index';

const USER = 'arn:aws:iam::111122223333:user/alice';
const request = (identityPolicies: AuthorizationRequest['identityPolicies']): AuthorizationRequest => ({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', identityPolicies });
const allow = (): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] });

test('the same document, as text or as an object, compiles once', () => {
  const doc = allow();
  const text = JSON.stringify(doc);
  expect(compileCached(text, 'p')).toBe(compileCached(`${text}`, 'p'));
  expect(compileCached(doc, 'p')).toBe(compileCached(doc, 'p'));
  // Another object with the same content shares the compiled policy.
  expect(compileCached(allow(), 'p')).toBe(compileCached(doc, 'p'));
  // Text and object are kept apart: errors in text carry positions.
  expect(compileCached(text, 'p')).not.toBe(compileCached(doc, 'p'));
});

test('a document changed in place is never answered from the cache', () => {
  const doc = allow();
  const statement = (doc.Statement as unknown as Array<Record<string, unknown>>)[0]!;
  expect(evaluate(request([doc])).decision).toBe('Allow');
  statement.Effect = 'Deny';
  expect(evaluate(request([doc])).decision).toBe('ExplicitDeny');
  statement.Effect = 'Allow';
  (statement.Action as string[])[0] = 's3:PutObject';
  expect(evaluate(request([doc])).decision).toBe('ImplicitDeny');
  (statement.Action as string[]).push('s3:Get*');
  expect(evaluate(request([doc])).decision).toBe('Allow');
  statement.Condition = { Bool: { 'aws:SecureTransport': 'true' } };
  expect(evaluate(request([doc])).decision).toBe('ImplicitDeny');
  delete statement.Condition;
  expect(evaluate(request([doc])).decision).toBe('Allow');
});

test('a deeply frozen document is trusted by identity; a frozen one with unfrozen parts is still compared', () => {
  const frozen = JSON.parse(JSON.stringify(allow())) as PolicyDocument;
  const freeze = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    Object.values(v).forEach(freeze);
    Object.freeze(v);
  };
  freeze(frozen);
  expect(compileCached(frozen, 'p')).toBe(compileCached(frozen, 'p'));
  const shallow = Object.freeze(allow());
  expect(evaluate(request([shallow])).decision).toBe('Allow');
  ((shallow.Statement as unknown as Array<{ Effect: string }>)[0]!).Effect = 'Deny';
  expect(evaluate(request([shallow])).decision).toBe('ExplicitDeny');
});

test('a policy is named by its place in the request, its name or its Id, whatever was cached before', () => {
  const doc = allow();
  expect(evaluate(request([doc])).matchedStatements[0]!.policy).toBe('identity-based policy');
  expect(evaluate(request([allow(), doc])).matchedStatements.map((m) => m.policy)).toEqual(['identity-based policy 1', 'identity-based policy 2']);
  expect(evaluate(request([{ name: 'Named', document: doc }])).matchedStatements[0]!.policy).toBe('Named');
  const withId = { ...allow(), Id: 'ById' };
  expect(evaluate(request([withId])).matchedStatements[0]!.policy).toBe('ById');
  expect(evaluate(request([{ name: 'ById2', document: withId }])).matchedStatements[0]!.policy).toBe('ById2');
});

test('documents JSON would not keep as they are (NaN, a Date) are compiled every time, as given', () => {
  const odd = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { NumericLessThan: { 's3:max-keys': Number.NaN } } }] };
  const result = evaluate(request([odd as unknown as PolicyDocument]));
  expect(result.decision).toBe(evaluate({ ...request([compilePolicy(odd as unknown as PolicyDocument)]) }).decision);
  expect(compileCached(odd, 'p')).not.toBe(compileCached(odd, 'p'));
});

test('results are frozen where shared, and a caller cannot change a cached policy through one', () => {
  const doc = allow();
  const first = evaluate(request([doc]));
  expect(Object.isFrozen(first.matchedStatements[0])).toBe(true);
  expect(() => {
    (first.matchedStatements[0] as { policy: string }).policy = 'changed';
  }).toThrow();
  expect(evaluate(request([doc])).matchedStatements[0]!.policy).toBe('identity-based policy');
});

test('the cache is bounded by entries and characters', () => {
  for (let i = 0; i < POLICY_CACHE_MAX_ENTRIES + 50; i++) {
    compileCached(`{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b${i}/*"}}`, 'p');
  }
  const size = policyCacheSize();
  expect(size.texts).toBeLessThanOrEqual(POLICY_CACHE_MAX_ENTRIES);
  expect(size.characters).toBeLessThanOrEqual(POLICY_CACHE_MAX_CHARACTERS);
  // A document over the per-document bound is not kept (compiled every time).
  const huge = JSON.stringify({ Version: '2012-10-17', Id: 'x'.repeat(300 * 1024), Statement: { Effect: 'Allow', Action: '*', Resource: '*' } });
  expect(compileCached(huge, 'p')).not.toBe(compileCached(huge, 'p'));
});

test('raw documents, mutated between calls, decide as freshly compiled ones (property)', () => {
  const action = fc.constantFrom('s3:GetObject', 's3:Get*', 's3:PutObject', '*', 'iam:*');
  const statement = fc.record({ Effect: fc.constantFrom('Allow', 'Deny'), Action: fc.array(action, { minLength: 1, maxLength: 3 }), Resource: fc.constantFrom('*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::c/*') });
  const doc = fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.array(statement, { minLength: 1, maxLength: 4 }) });
  fc.assert(
    fc.property(doc, fc.array(fc.tuple(fc.nat(), fc.constantFrom('Allow', 'Deny'), action), { maxLength: 5 }), (d, edits) => {
      const live = d as unknown as PolicyDocument;
      for (const [at, effect, act] of edits) {
        expect(evaluate(request([live])).decision).toBe(evaluate(request([compilePolicy(JSON.parse(JSON.stringify(live)))])).decision);
        const s = d.Statement[at % d.Statement.length]!;
        s.Effect = effect;
        s.Action[0] = act;
      }
      expect(evaluate(request([live])).decision).toBe(evaluate(request([compilePolicy(JSON.parse(JSON.stringify(live)))])).decision);
    }),
    { numRuns: 300 },
  );
});

test("a caller's list of documents changed in place is re-read", () => {
  const list: PolicyDocument[] = [allow()];
  expect(evaluate(request(list)).decision).toBe('Allow');
  list[0] = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] };
  expect(evaluate(request(list)).decision).toBe('ExplicitDeny');
  list.unshift(allow());
  const both = evaluate(request(list));
  expect(both.decision).toBe('ExplicitDeny');
  expect(both.matchedStatements.map((m) => m.policy)).toEqual(['identity-based policy 1', 'identity-based policy 2']);
  list.pop();
  expect(evaluate(request(list)).decision).toBe('Allow');
  list.length = 0;
  expect(evaluate(request(list)).decision).toBe('ImplicitDeny');
});

test('an object document is compared with its print: every change JSON would show is seen', () => {
  const doc = allow();
  const statement = (doc.Statement as unknown as Array<Record<string, unknown>>)[0]!;
  expect(evaluate(request([doc])).decision).toBe('Allow');
  // A member deleted and the same value inherited from a polluted Object.prototype: JSON no longer shows it.
  const proto = Object.prototype as Record<string, unknown>;
  const before = compileCached(doc, 'p');
  delete statement.Effect;
  proto.Effect = 'Allow';
  try {
    expect(compileCached(doc, 'p')).not.toBe(before);
    expect(evaluate(request([doc])).decision).toBe(evaluate(request([compilePolicy(JSON.parse(JSON.stringify(doc)))])).decision);
  } finally {
    delete proto.Effect;
  }
  statement.Effect = 'Allow';
  expect(evaluate(request([doc])).decision).toBe('Allow');
  // The same members under another prototype: no longer a plain JSON object.
  Object.setPrototypeOf(statement, { inherited: true });
  expect(compileCached(doc, 'p')).not.toBe(compileCached(doc, 'p'));
  Object.setPrototypeOf(statement, Object.prototype);
  // A list that grew by an item equal to nothing in the print (an array's length is part of it).
  (statement.Action as string[]).length = 0;
  expect(evaluate(request([doc])).decision).toBe('ImplicitDeny');
  (statement.Action as string[]).push('s3:GetObject', 's3:GetObject');
  expect(evaluate(request([doc])).decision).toBe('Allow');
  // A member replaced by an object of the same shape elsewhere in the document.
  statement.Resource = ['arn:aws:s3:::other/*'];
  expect(evaluate(request([doc])).decision).toBe('ImplicitDeny');
});

test('an object document whose entry left the cache is looked up again, not answered from the evicted entry', () => {
  const doc = allow();
  const first = compileCached(doc, 'p');
  for (let i = 0; i < POLICY_CACHE_MAX_ENTRIES + 1; i++) {
    compileCached({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::evict${i}/*` } }, 'p');
  }
  const again = compileCached(doc, 'p');
  expect(again).not.toBe(first);
  expect(compileCached(doc, 'p')).toBe(again);
  expect(evaluate(request([doc])).decision).toBe('Allow');
});
