// One request as the matchers see it: condition keys looked up case-insensitively, keys AWS derives from the
// request filled in when the caller did not give them, and the clock read once.
import { arnAccountId } from '../arn';
import { callerIdentity, type CallerIdentity, type PrincipalSubject } from '../match/principal';
import type { AuthorizationRequest } from '../types';

export type KeyValue = string | string[];

export class RequestScope implements PrincipalSubject {
  readonly caller: CallerIdentity;
  readonly roleArn: string | undefined;
  readonly resourceAccount: string | undefined;
  readonly crossAccount: boolean;
  private lowerContext: Map<string, KeyValue> | undefined;

  constructor(
    readonly request: AuthorizationRequest,
    /** Milliseconds since the epoch, read once at the top of evaluate(). */
    private readonly now: number,
  ) {
    this.caller = callerIdentity(request.principal);
    const principalArn = this.contextValue('aws:principalarn', 'aws:PrincipalArn');
    this.roleArn = this.caller.kind === 'assumed-role' && typeof principalArn === 'string' ? principalArn : this.caller.roleArn;
    this.resourceAccount = request.resourceAccount ?? arnAccountId(request.resource) ?? this.caller.accountId;
    this.crossAccount = this.caller.accountId !== undefined && this.resourceAccount !== undefined && this.caller.accountId !== this.resourceAccount;
  }

  /** The request's value for a condition key; `key` lower-cased, `name` as the policy spells it (the usual spelling). */
  get(key: string, name: string): KeyValue | undefined {
    return this.contextValue(key, name) ?? this.derived(key);
  }

  /** A single value for a policy variable; multi-valued keys cannot be substituted. */
  single(key: string, name: string): string | undefined {
    const value = this.get(key, name);
    return typeof value === 'string' ? value : undefined;
  }

  private contextValue(key: string, name: string): KeyValue | undefined {
    const context = this.request.context;
    if (!context) return undefined;
    const direct = Object.prototype.hasOwnProperty.call(context, name) ? normalise(context[name]) : undefined;
    if (direct !== undefined) return direct;
    if (!this.lowerContext) {
      this.lowerContext = new Map();
      for (const k of Object.keys(context)) {
        const v = normalise(context[k]);
        if (v !== undefined) this.lowerContext.set(k.toLowerCase(), v);
      }
    }
    return this.lowerContext.get(key);
  }

  /** Keys AWS sets from the request itself. */
  private derived(key: string): string | undefined {
    const caller = this.caller;
    switch (key) {
      case 'aws:principalarn':
        return caller.kind === 'assumed-role' ? this.roleArn : caller.kind === 'service' ? undefined : caller.arn;
      case 'aws:principalaccount':
        return caller.accountId;
      case 'aws:principaltype':
        return PRINCIPAL_TYPES[caller.kind];
      case 'aws:username':
        return caller.userName;
      case 'aws:resourceaccount':
        return this.resourceAccount;
      case 'aws:principalisawsservice':
        return caller.kind === 'service' ? 'true' : 'false';
      case 'aws:principalservicename':
        return caller.kind === 'service' ? caller.arn : undefined;
      case 'aws:currenttime':
        return new Date(this.now).toISOString();
      case 'aws:epochtime':
        return String(Math.floor(this.now / 1000));
      default:
        return undefined;
    }
  }
}

const PRINCIPAL_TYPES: Record<CallerIdentity['kind'], string | undefined> = {
  user: 'User',
  role: 'AssumedRole',
  'assumed-role': 'AssumedRole',
  'federated-user': 'FederatedUser',
  root: 'Account',
  service: undefined,
  other: undefined,
};

/** Callers sometimes pass booleans or numbers from JSON; condition values are strings in AWS. */
function normalise(value: unknown): KeyValue | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value as string[];
    return value.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
