// One request as the matchers see it: condition keys looked up case-insensitively, keys AWS derives from the
// request filled in when the caller did not give them, and the clock read once.
import { arnAccountId, arnInAccount } from '../arn';
import { KEY_ID_LIMIT, type KeyName } from '../compile/key-ids';
import { callerIdentity, type CallerIdentity, type PrincipalSubject } from '../match/principal';
import type { AuthorizationRequest } from '../types';

export type KeyValue = string | string[];

/**
 * The keys' values of the request being decided, by key number (compile/key-ids.ts): an entry is this request's
 * when its stamp is the request's. One table for every request, so that none allocates its own; a request decided
 * within another (a context getter calling evaluate) takes new stamps, and the outer one then reads its keys again.
 * An entry keeps the last value it was given until another request overwrites it.
 */
const stamps = new Int32Array(KEY_ID_LIMIT);
const values: Array<KeyValue | undefined> = new Array<KeyValue | undefined>(KEY_ID_LIMIT).fill(undefined);
let lastStamp = 0;

const UNREAD = Symbol('unread');

function nextStamp(): number {
  if (lastStamp === 0x3fffffff) {
    stamps.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

export class RequestScope implements PrincipalSubject {
  readonly caller: CallerIdentity;
  readonly crossAccount: boolean;
  readonly hasBoundary: boolean;

  /** The context's own key names, listed once per request when a key is not found under the policy's spelling. */
  private contextNames: string[] | undefined;

  /** Milliseconds since the epoch: read at most once per request, so every time key sees the same instant. */
  private now: number | undefined;

  /** This request's stamp in the table of key values. */
  private readonly stamp = nextStamp();

  /** The context's `aws:PrincipalArn`, read at most once per request. */
  private givenRoleArn: KeyValue | undefined | typeof UNREAD = UNREAD;

  constructor(readonly request: AuthorizationRequest) {
    this.caller = callerIdentity(request.principal);
    const boundary = request.permissionsBoundary as unknown;
    this.hasBoundary = boundary !== undefined && boundary !== null && !(Array.isArray(boundary) && boundary.length === 0);
    const callerAccount = this.caller.accountId;
    this.crossAccount =
      callerAccount !== undefined &&
      (request.resourceAccount !== undefined ? request.resourceAccount !== callerAccount : !arnInAccount(request.resource, callerAccount));
  }

  /** Owner of the resource: as the request states it, else the account in the resource ARN, else the caller's. */
  get resourceAccount(): string | undefined {
    return this.request.resourceAccount ?? arnAccountId(this.request.resource) ?? this.caller.accountId;
  }

  /** The role of an assumed-role session: `aws:PrincipalArn` when the request gives it (it keeps the role's path). */
  get roleArn(): string | undefined {
    if (this.caller.kind !== 'assumed-role') return this.caller.roleArn;
    if (this.givenRoleArn === UNREAD) this.givenRoleArn = this.contextValue('aws:principalarn', 'aws:PrincipalArn');
    const given = this.givenRoleArn;
    return typeof given === 'string' ? given : this.caller.roleArn;
  }

  /** The request's value for a condition key, looked up once per request (see `values`). */
  get(key: KeyName): KeyValue | undefined {
    const id = key.id;
    if (id < 0) return this.lookUp(key);
    if (stamps[id] === this.stamp) return values[id];
    const value = this.lookUp(key);
    values[id] = value;
    stamps[id] = this.stamp;
    return value;
  }

  /** A single value for a policy variable; multi-valued keys cannot be substituted. */
  single(key: KeyName): string | undefined {
    const value = this.get(key);
    return typeof value === 'string' ? value : undefined;
  }

  private lookUp(key: KeyName): KeyValue | undefined {
    return this.contextValue(key.key, key.name) ?? this.derived(key.key);
  }

  /** `key` lower-cased, `name` as the policy spells it (the usual spelling in requests). */
  private contextValue(key: string, name: string): KeyValue | undefined {
    const context = this.request.context;
    if (!context) return undefined;
    if (Object.prototype.hasOwnProperty.call(context, name)) {
      const direct = normalise(context[name]);
      if (direct !== undefined) return direct;
    }
    // Spelt differently from the policy: compare case-insensitively, lower-casing only names of the same length.
    const names = (this.contextNames ??= Object.keys(context));
    for (let i = 0; i < names.length; i++) {
      const k = names[i]!;
      if (k.length === key.length && k !== name && equalsLowerCase(k, key)) {
        const v = normalise(context[k]);
        if (v !== undefined) return v;
      }
    }
    return undefined;
  }

  private clock(): number {
    return (this.now ??= Date.now());
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
        return new Date(this.clock()).toISOString();
      case 'aws:epochtime':
        return String(Math.floor(this.clock() / 1000));
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

/** `text` lower-cased equals `lower` (same length), compared without building the lower-cased string. */
function equalsLowerCase(text: string, lower: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = lower.charCodeAt(i);
    // Beyond ASCII, case folding depends on the neighbours (final sigma) and can change the length: fold it all.
    if (c >= 0x80) return text.toLowerCase() === lower;
    if (c !== l && !(c >= 0x41 && c <= 0x5a && c + 0x20 === l)) return false;
  }
  return true;
}

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
