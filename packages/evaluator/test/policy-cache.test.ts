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

/** What evaluate answers for the live document, beside what a fresh compile of its JSON value answers. */
function bothAnswers(live: unknown, action = 's3:GetObject', context?: AuthorizationRequest['context']) {
  const raw: AuthorizationRequest = { principal: USER, action, resource: 'arn:aws:s3:::b/k', context, identityPolicies: [live as PolicyDocument] };
  const fresh = compilePolicy(JSON.parse(JSON.stringify(live)) as PolicyDocument, 'identity-based policy');
  const answer = (r: AuthorizationRequest) => {
    const result = evaluate(r);
    return { decision: result.decision, matched: result.matchedStatements.map((m) => m.sid ?? m.statementIndex), errors: result.errors?.flatMap((e) => e.findings.map((f) => f.code)) };
  };
  return [answer(raw), answer({ ...raw, identityPolicies: [fresh] })];
}

test('deep changes of a cached document are seen: a condition value in an array, a member added, a statement replaced, an array swapped for a string', () => {
  const doc = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': ['data', 'web'] } } },
      { Sid: 'NoWrite', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
    ],
  };
  const tagged = { 'aws:PrincipalTag/team': 'web' };
  const teams = doc.Statement[0]!.Condition!.StringEquals['aws:PrincipalTag/team']!;
  const decide = () => evaluate({ ...request([doc as PolicyDocument]), context: tagged });
  expect(decide().decision).toBe('Allow');
  // A value two arrays and three objects deep.
  teams[1] = 'platform';
  expect(decide().decision).toBe('ImplicitDeny');
  teams[1] = 'web';
  expect(decide().decision).toBe('Allow');
  // An unknown member makes the document invalid, which fails closed.
  (doc.Statement[0] as Record<string, unknown>).Unknown = true;
  expect(decide().decision).toBe('ImplicitDeny');
  expect(decide().errors?.[0]?.findings.map((f) => f.code)).toContain('UNKNOWN_STATEMENT_ELEMENT');
  delete (doc.Statement[0] as Record<string, unknown>).Unknown;
  expect(decide().decision).toBe('Allow');
  // A statement replaced by another object; Effect changed; an array swapped for a string and back.
  doc.Statement[1] = { Sid: 'NoRead', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' };
  expect(decide().decision).toBe('ExplicitDeny');
  doc.Statement[1]!.Effect = 'Allow';
  expect(decide().decision).toBe('Allow');
  doc.Statement.pop();
  (doc.Statement[0] as Record<string, unknown>).Action = 's3:PutObject';
  expect(decide().decision).toBe('ImplicitDeny');
  (doc.Statement[0] as Record<string, unknown>).Action = ['s3:PutObject', 's3:GetObject'];
  expect(decide().decision).toBe('Allow');
  // The condition's value list swapped for a single string.
  (doc.Statement[0]!.Condition!.StringEquals as Record<string, unknown>)['aws:PrincipalTag/team'] = 'data';
  expect(decide().decision).toBe('ImplicitDeny');
});

test('a getter is read on every call; documents whose getters throw, or that are cyclic, are denied with an error, never thrown', () => {
  let effect = 'Allow';
  const statement = { Action: 's3:GetObject', Resource: '*' };
  Object.defineProperty(statement, 'Effect', { get: () => effect, enumerable: true });
  const doc = { Version: '2012-10-17', Statement: [statement] };
  expect(evaluate(request([doc as PolicyDocument])).decision).toBe('Allow');
  effect = 'Deny';
  expect(evaluate(request([doc as PolicyDocument])).decision).toBe('ExplicitDeny');

  let fail = false;
  const risky = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  Object.defineProperty(risky.Statement[0]!, 'Sid', {
    get: () => {
      if (fail) throw new Error('getter');
      return 'S';
    },
    enumerable: true,
  });
  expect(evaluate(request([risky as PolicyDocument])).decision).toBe('Allow');
  fail = true;
  const failed = evaluate(request([risky as PolicyDocument]));
  expect(failed.decision).toBe('ImplicitDeny');
  expect(failed.errors?.[0]?.findings[0]?.code).toBe('POLICY_NOT_OBJECT');

  // Cyclic from the start, and made cyclic after it was cached.
  const cyclic: Record<string, unknown> = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
  cyclic.Self = cyclic;
  expect(evaluate(request([{ Version: '2012-10-17', Statement: [cyclic] } as unknown as PolicyDocument])).errors?.[0]?.findings[0]?.code).toBe('POLICY_NOT_OBJECT');
  const later = allow();
  expect(evaluate(request([later])).decision).toBe('Allow');
  ((later.Statement as unknown as Array<Record<string, unknown>>)[0]!).Self = later;
  const cycled = evaluate(request([later]));
  expect(cycled.decision).toBe('ImplicitDeny');
  expect(cycled.errors?.[0]?.findings[0]?.code).toBe('POLICY_NOT_OBJECT');
});

test('a member inherited from a polluted Object.prototype is not taken for an own one; an own __proto__ member stays a member', () => {
  // Effect last, and own on every other object: for-in yields own keys first, then the inherited Effect, which
  // lands where the own one was. The comparison must not take it for the statement's own.
  const statement: Record<string, unknown> = { Action: 's3:GetObject', Resource: '*', Effect: 'Allow' };
  const doc = { Version: '2012-10-17', Statement: [statement], Effect: 'Allow' };
  const before = compileCached(doc, 'p');
  expect(compileCached(doc, 'p')).toBe(before);
  const proto = Object.prototype as Record<string, unknown>;
  delete statement.Effect;
  proto.Effect = 'Allow';
  try {
    expect(compileCached(doc, 'p')).not.toBe(before);
  } finally {
    delete proto.Effect;
  }
  const [cached, fresh] = bothAnswers(doc);
  expect(cached).toEqual(fresh);
  expect(cached!.errors).toContain('MISSING_EFFECT');
  const parsed = JSON.parse('{"Version":"2012-10-17","__proto__":{"x":1},"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}') as PolicyDocument;
  expect(Object.keys(parsed)).toContain('__proto__');
  const [first, compiled] = bothAnswers(parsed);
  expect(first).toEqual(compiled);
  expect(first!.errors).toContain('UNKNOWN_POLICY_ELEMENT');
  // Twice: the second answer comes from the cache.
  expect(bothAnswers(parsed)[0]).toEqual(compiled);
});

test('random changes of a cached document answer as a fresh compile of its JSON value (property)', () => {
  const actions = ['s3:GetObject', 's3:Get*', 's3:PutObject', 'iam:*', '*'];
  const action = fc.constantFrom(...actions);
  const list = fc.array(action, { minLength: 1, maxLength: 3 });
  const condition = fc.record({ StringEquals: fc.record({ 'aws:PrincipalTag/team': fc.oneof(fc.constantFrom('data', 'web'), fc.array(fc.constantFrom('data', 'web', 'ops'), { minLength: 1, maxLength: 3 })) }) });
  const statement = fc.record(
    { Sid: fc.constantFrom('A', 'B'), Effect: fc.constantFrom('Allow', 'Deny'), Action: fc.oneof(action, list), Resource: fc.constantFrom('*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'), Condition: condition },
    { requiredKeys: ['Effect', 'Action', 'Resource'] },
  );
  const document = fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.array(statement, { minLength: 1, maxLength: 4 }) });
  type Doc = { Version?: unknown; Statement: Array<Record<string, unknown>>; [key: string]: unknown };
  // Each change takes the document, the index of a statement and a value drawn for it.
  const changes: Array<(d: Doc, s: Record<string, unknown>, v: string) => void> = [
    (_, s, v) => (s.Effect = v.length % 2 ? 'Allow' : 'Deny'),
    (_, s, v) => (s.Action = Array.isArray(s.Action) ? v : [v]),
    (_, s, v) => {
      if (Array.isArray(s.Action)) (s.Action as string[])[(s.Action as string[]).length - 1] = v;
      else s.Action = v;
    },
    (_, s, v) => (Array.isArray(s.Action) ? (s.Action as string[]).push(v) : (s.NotAction = v)),
    (_, s) => delete s.Sid,
    (_, s, v) => (s.Unknown = v),
    (d, s) => d.Statement.splice(d.Statement.indexOf(s), 1),
    (d, s, v) => d.Statement.splice(d.Statement.indexOf(s), 1, { Effect: 'Deny', Action: v, Resource: '*' }),
    (_, s) => {
      // The same members in another order.
      const effect = s.Effect;
      delete s.Effect;
      s.Effect = effect;
    },
    (_, s, v) => {
      const block = s.Condition as { StringEquals: Record<string, unknown> } | undefined;
      if (!block) s.Condition = { StringEquals: { 'aws:PrincipalTag/team': v.length % 2 ? 'data' : ['web'] } };
      else if (Array.isArray(block.StringEquals['aws:PrincipalTag/team'])) (block.StringEquals['aws:PrincipalTag/team'] as string[])[0] = 'web';
      else block.StringEquals['aws:PrincipalTag/team'] = ['ops', 'data'];
    },
    (d) => (d.Version = d.Version === '2012-10-17' ? '2008-10-17' : '2012-10-17'),
    (d) => (d.Id = 'Renamed'),
    (_, s) => (s.Resource = s.Resource === '*' ? 'arn:aws:s3:::c/*' : '*'),
  ];
  fc.assert(
    fc.property(document, fc.array(fc.tuple(fc.nat(changes.length - 1), fc.nat(), action), { minLength: 1, maxLength: 6 }), fc.constantFrom('data', 'web'), (d, edits, team) => {
      const live = d as unknown as Doc;
      const context = { 'aws:PrincipalTag/team': team };
      for (const [change, at, value] of edits) {
        for (const a of actions) {
          const [cached, fresh] = bothAnswers(live, a, context);
          expect(cached).toEqual(fresh);
        }
        if (live.Statement.length === 0) return;
        changes[change]!(live, live.Statement[at % live.Statement.length]!, value);
      }
      for (const a of actions) {
        const [cached, fresh] = bothAnswers(live, a, context);
        expect(cached).toEqual(fresh);
      }
    }),
    { numRuns: 300 },
  );
});

test('a getter that evaluates another cached document while its own is compared gets both answers right', () => {
  const inner = allow();
  let nested: string | undefined;
  const statement = { Action: 's3:GetObject', Resource: '*' };
  Object.defineProperty(statement, 'Effect', {
    get: () => {
      nested = evaluate(request([inner])).decision;
      return 'Deny';
    },
    enumerable: true,
  });
  const outer = { Version: '2012-10-17', Statement: [statement, { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }] };
  expect(evaluate(request([inner])).decision).toBe('Allow');
  const innerStatement = (inner.Statement as unknown as Array<{ Effect: string }>)[0]!;
  for (const effect of ['Allow', 'Deny', 'Allow', 'Deny']) {
    innerStatement.Effect = effect;
    expect(evaluate(request([outer as PolicyDocument])).decision).toBe('ExplicitDeny');
    expect(nested).toBe(effect === 'Allow' ? 'Allow' : 'ExplicitDeny');
    expect(evaluate(request([inner])).decision).toBe(nested);
  }
});
