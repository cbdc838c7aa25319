// Why Gatehouse and iam-simulate decide a request differently: each class is recognised by what the request holds and,
// where that is not enough, by a counterfactual (change the one feature; the two then agree). README, Benchmarks, says
// which side AWS's documentation supports for each class.
import { evaluate, type AuthorizationRequest, type Decision, type PolicyDocument, type PolicyStatement, type PrincipalValue } from '../src/index';
import { ASSUME_ROLE_ACTIONS } from '../src/decide/evaluate';
import { principalKeys, simulate } from './iam-simulate';
import { compileAll } from './varied-workload';

export interface Disagreement {
  index: number;
  gatehouse: Decision;
  iamSimulate: Decision;
  cause: string;
}

/** The request with every statement of every policy passed through `edit` (undefined drops the statement). */
function editStatements(r: AuthorizationRequest, edit: (s: PolicyStatement) => PolicyStatement | undefined): AuthorizationRequest {
  return compileAll(r, (p) => {
    const d = p as PolicyDocument;
    const statements = (Array.isArray(d.Statement) ? d.Statement : [d.Statement]).map((s) => edit(structuredClone(s))).filter((s) => s !== undefined);
    return { ...d, Statement: statements };
  });
}

const statementsOf = (r: AuthorizationRequest): PolicyStatement[] =>
  [...(r.identityPolicies ?? []), r.resourcePolicy, r.permissionsBoundary, ...(r.sessionPolicies ?? [])]
    .filter((p) => p !== undefined)
    .flatMap((p) => (p as PolicyDocument).Statement);

/** The request's value for a variable `${key}`, from its context or the principal's derived keys. */
function variableValue(r: AuthorizationRequest, key: string): string | undefined {
  const known = { ...principalKeys(r.principal), ...(r.context ?? {}) };
  const name = Object.keys(known).find((k) => k.toLowerCase() === key.toLowerCase());
  const value = name === undefined ? undefined : known[name];
  return typeof value === 'string' ? value : undefined;
}

const VARIABLE = /\$\{([^}]+)\}/g;
const unresolved = (r: AuthorizationRequest, text: string) => [...text.matchAll(VARIABLE)].some((m) => variableValue(r, m[1]!) === undefined);
const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/**
 * iam-simulate's reading where it differs from AWS's: a negated operator's value whose variable has no value fails the
 * whole condition on a present key (AWS: the value is null, which the negation matches), so its statement never applies.
 */
function failNegatedConditionsWithUnresolvedValues(r: AuthorizationRequest): AuthorizationRequest {
  const context = r.context ?? {};
  const present = (key: string) => Object.keys(context).some((k) => k.toLowerCase() === key.toLowerCase());
  return editStatements(r, (s) => {
    for (const [operator, block] of Object.entries(s.Condition ?? {})) {
      if (!operator.replace(/^For(All|Any)Values?:/, '').includes('Not')) continue;
      for (const [key, values] of Object.entries(block)) if (present(key) && list(values).some((v) => unresolved(r, v))) return undefined;
    }
    return s;
  });
}

/** Variables of Resource/NotResource written out with their values (iam-simulate then reads the ARN's parts right). */
function substituteResourceVariables(r: AuthorizationRequest): AuthorizationRequest {
  const fill = (v: string) => (unresolved(r, v) ? v : v.replace(VARIABLE, (_, key: string) => variableValue(r, key)!));
  return editStatements(r, (s) => {
    if (s.Resource) s.Resource = list(s.Resource).map(fill);
    if (s.NotResource) s.NotResource = list(s.NotResource).map(fill);
    return s;
  });
}

/** Every NotPrincipal also lists the caller's account, as AWS tells policy authors to. */
function notPrincipalWithAccount(r: AuthorizationRequest): AuthorizationRequest {
  const account = principalKeys(r.principal)['aws:PrincipalAccount'];
  return editStatements(r, (s) => {
    if (s.NotPrincipal && account) s.NotPrincipal = { AWS: [...list((s.NotPrincipal as Exclude<PrincipalValue, '*'>).AWS), account] };
    return s;
  });
}

const withoutKeys = (r: AuthorizationRequest, keys: string[]): AuthorizationRequest => ({
  ...r,
  context: Object.fromEntries(Object.entries(r.context ?? {}).filter(([k]) => !keys.includes(k))),
});

/** Both decide `changed` alike. */
async function agreeOn(changed: AuthorizationRequest): Promise<boolean> {
  return evaluate(changed).decision === (await simulate(changed)).decision;
}

/** The cause of one disagreement: the first class whose test holds. */
export async function classify(r: AuthorizationRequest, gatehouse: Decision, iamSimulate: Decision, ignoredContextKeys: string[]): Promise<string> {
  const action = r.action.toLowerCase();
  const service = action.split(':')[0];
  if (action === 'sts:getcalleridentity') return 'sts:GetCallerIdentity needs no permission';
  if (service === 'kms' && /^arn:aws:kms:[^:]*:[^:]*:key\//.test(r.resource) && gatehouse === 'Allow' && iamSimulate === 'ImplicitDeny') {
    return 'KMS key: key policy required';
  }
  if (ASSUME_ROLE_ACTIONS.has(action) && !r.resourcePolicy) return 'role trust action without a trust policy';
  if (r.sessionPolicies && r.resourcePolicy && gatehouse === 'Allow' && (await agreeOn({ ...r, sessionPolicies: undefined }))) {
    return 'session policy vs resource policy naming the session or *';
  }
  if (service === 'sts' && !ASSUME_ROLE_ACTIONS.has(action) && r.resourcePolicy && (await agreeOn({ ...r, resourcePolicy: undefined }))) {
    return 'other STS action with a resource policy';
  }
  if (ignoredContextKeys.length > 0 && evaluate(withoutKeys(r, ignoredContextKeys)).decision === iamSimulate) return 'context key not applicable to the action';
  if (statementsOf(r).some((s) => s.NotPrincipal) && (await agreeOn(notPrincipalWithAccount(r)))) return 'Deny with NotPrincipal not listing the account';
  if (evaluate(failNegatedConditionsWithUnresolvedValues(r)).decision === iamSimulate) return 'negated condition value with a variable that has no value';
  if ((await simulate(substituteResourceVariables(r))).decision === gatehouse) return 'iam-simulate splits the ARN at the colon of ${aws:…}';
  if (statementsOf(r).some((s) => list(s.NotResource).some((v) => unresolved(r, v)))) return 'NotResource with a variable that has no value';
  if (r.resource === '*' && (await agreeOn(editStatements(r, (s) => (s.NotResource ? undefined : s))))) return 'NotResource on an action without resource types';
  return 'unexplained';
}

/** Decides every request with both; the disagreements with their causes, and how many requests iam-simulate answered. */
export async function compareWithIamSimulate(requests: AuthorizationRequest[]): Promise<{ answered: number; disagreements: Disagreement[] }> {
  let answered = 0;
  const disagreements: Disagreement[] = [];
  for (let index = 0; index < requests.length; index++) {
    const r = requests[index]!;
    const theirs = await simulate(r);
    if (theirs.decision === undefined) continue;
    answered++;
    const ours = evaluate(r).decision;
    if (ours === theirs.decision) continue;
    disagreements.push({ index, gatehouse: ours, iamSimulate: theirs.decision, cause: await classify(r, ours, theirs.decision, theirs.ignoredContextKeys) });
  }
  return { answered, disagreements };
}
