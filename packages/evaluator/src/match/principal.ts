// Who the caller is (parsed once per principal string) and how a Principal/NotPrincipal element names it.
import { parseArn } from '../arn';
import { flatString } from '../compile/flat-string';
import type { PrincipalElement, PrincipalMatchKind } from '../types';

export type CallerKind = 'user' | 'role' | 'assumed-role' | 'federated-user' | 'root' | 'service' | 'other';

export interface CallerIdentity {
  arn: string;
  kind: CallerKind;
  accountId: string | undefined;
  /** IAM user name (the last path segment), for `aws:username`. */
  userName: string | undefined;
  /** For an assumed-role session: the role's ARN rebuilt from the session ARN (without the path, which it lacks). */
  roleArn: string | undefined;
}

const callers = new Map<string, CallerIdentity>();

/** Parses the caller's ARN (or service name); cached because the same callers come back request after request. */
export function callerIdentity(principal: string): CallerIdentity {
  let caller = callers.get(principal);
  if (!caller) {
    if (callers.size >= 1024) callers.clear();
    caller = readCaller(principal);
    callers.set(principal, caller);
  }
  return caller;
}

function readCaller(principal: string): CallerIdentity {
  const arn = parseArn(principal);
  const base = { arn: principal, userName: undefined, roleArn: undefined };
  if (!arn) {
    // `ec2.amazonaws.com`, or a bare account id which AWS reads as the account's root.
    if (/^\d{12}$/.test(principal)) return { ...base, kind: 'root', accountId: principal };
    return { ...base, kind: principal.endsWith('.amazonaws.com') ? 'service' : 'other', accountId: undefined };
  }
  const accountId = arn.accountId || undefined;
  const r = arn.resource;
  if (arn.service === 'iam' && r === 'root') return { ...base, kind: 'root', accountId };
  if (arn.service === 'iam' && r.startsWith('user/')) return { ...base, kind: 'user', accountId, userName: r.slice(r.lastIndexOf('/') + 1) };
  if (arn.service === 'iam' && r.startsWith('role/')) return { ...base, kind: 'role', accountId, roleArn: principal };
  if (arn.service === 'sts' && r.startsWith('assumed-role/')) {
    const roleName = r.split('/')[1] ?? '';
    return { ...base, kind: 'assumed-role', accountId, roleArn: `arn:${arn.partition}:iam::${arn.accountId}:role/${roleName}` };
  }
  if (arn.service === 'sts' && r.startsWith('federated-user/')) return { ...base, kind: 'federated-user', accountId };
  return { ...base, kind: 'other', accountId };
}

/** The request-side view a principal matcher needs: the caller, its role's ARN as the request states it, its boundary. */
export interface PrincipalSubject {
  caller: CallerIdentity;
  roleArn: string | undefined;
  /** The caller (an IAM user, or the role of a role session) has a permissions boundary attached. */
  hasBoundary: boolean;
}

/** The callers that can have a permissions boundary: IAM users, roles and their sessions. */
const BOUNDED_KINDS = new Set<CallerKind>(['user', 'role', 'assumed-role']);

export type PrincipalTest = (subject: PrincipalSubject) => PrincipalMatchKind | undefined;

/**
 * Compiles Principal/NotPrincipal. Principal: the strongest way the caller is named (session or user ARN, then role ARN,
 * then its account). NotPrincipal (AWS): the statement applies unless every identity of the caller is listed — the
 * session, its role and its account — which is why AWS tells authors to list the account next to the role. `deny`: the
 * statement's effect is Deny, which AWS applies to every IAM principal with a permissions boundary, listed or not.
 */
export function compilePrincipal(element: PrincipalElement, deny: boolean): PrincipalTest {
  const arns = new Map<string, PrincipalMatchKind>();
  const accounts = new Set<string>();
  const services = new Set<string>();
  const federated = new Set<string>();
  for (const entry of element.entries) {
    const value = flatString(entry.value);
    if (entry.type === 'Service') services.add(value);
    else if (entry.type === 'Federated') federated.add(value);
    else if (entry.type === 'AWS') {
      if (/^\d{12}$/.test(value)) {
        accounts.add(value);
        continue;
      }
      const arn = parseArn(value);
      if (!arn) continue;
      if (arn.resource === 'root') accounts.add(flatString(arn.accountId));
      else if (arn.resource.startsWith('user/')) arns.set(value, 'user');
      else if (arn.resource.startsWith('role/')) arns.set(value, 'role');
      else arns.set(value, 'session');
    }
  }

  const named = (subject: PrincipalSubject): PrincipalMatchKind | undefined => {
    const { caller } = subject;
    // Identity providers (`cognito-identity.amazonaws.com`, a SAML provider ARN) call as themselves.
    if (federated.has(caller.arn)) return 'federated';
    if (caller.kind === 'service') return services.has(caller.arn) ? 'service' : undefined;
    const direct = arns.get(caller.arn);
    if (direct !== undefined && direct !== 'role') return direct;
    if (subject.roleArn !== undefined && arns.get(subject.roleArn) === 'role') return 'role';
    if (caller.accountId !== undefined && accounts.has(caller.accountId)) return 'account';
    return undefined;
  };

  if (!element.negated) {
    if (element.wildcard) return () => 'anyone';
    return named;
  }
  return (subject) => {
    const { caller } = subject;
    // AWS (permissions boundaries, NotPrincipal): "The NotPrincipal element with a Deny effect will always deny any IAM
    // principal that has a permissions boundary policy attached, regardless of the values specified in the
    // NotPrincipal element."
    if (deny && subject.hasBoundary && BOUNDED_KINDS.has(caller.kind)) return 'anyone';
    if (element.wildcard) return undefined;
    if (caller.kind === 'service') return services.has(caller.arn) || federated.has(caller.arn) ? undefined : 'anyone';
    const accountListed = caller.accountId !== undefined && accounts.has(caller.accountId);
    if (!accountListed) return 'anyone';
    if (caller.kind === 'root') return undefined;
    if (caller.kind === 'assumed-role') {
      const sessionListed = arns.has(caller.arn);
      const roleListed = subject.roleArn !== undefined && arns.has(subject.roleArn);
      return sessionListed && roleListed ? undefined : 'anyone';
    }
    return arns.has(caller.arn) || federated.has(caller.arn) ? undefined : 'anyone';
  };
}
