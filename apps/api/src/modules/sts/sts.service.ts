import { generateAccessKeyPair, generateBearerToken, hashBearerToken } from '@gatehouse/credentials';
import { assumedRoleArn, roleArn as formatRoleArn, type Role } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { Caller } from '../../principals/caller';
import { admitGuess } from '../../auth/guess-admission';
import { acceptMfaCode } from '../../auth/mfa-code';
import { recordSignInSuccess, signInPrincipalKey } from '../../auth/sign-in-throttle';
import { authorizeAssumeRole } from '../../authz/authorize-assume-role';
import type { RequestContext } from '../../context';
import { IamError, invalidInput, noSuchEntity } from '../../errors/iam-error';
import { assertValidPolicyDocument } from '../policies/policy-document';
import { requireVisiblePolicy } from '../policies/policy-lookup';
import type { AssumeRoleInput, GetSessionTokenInput, SwitchRoleInput } from './sts.inputs';
import type { AssumedRoleUser, AssumeRoleResult, CallerIdentity, Credentials, GetSessionTokenResult, SwitchRoleResult } from './sts.type';

export const defaultAssumeRoleSeconds = 3600;
/** AWS: a role session that assumes another role (role chaining) gets at most one hour. */
const roleChainingMaxSeconds = 3600;
const defaultSessionTokenSeconds = 43_200;
/** AWS: the root user's GetSessionToken credentials last at most one hour. */
const rootSessionTokenMaxSeconds = 3600;

const invalidMfaMessage = 'MultiFactorAuthentication failed with invalid MFA one time pass code.';

/** `arn:aws:iam::ACCOUNT:role/PATH/NAME` split into its account and name, or null when it is not a role ARN. */
function parseRoleArn(roleArn: string): { accountId: string; roleName: string } | null {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:[\u0021-\u007E]*\/)?([\w+=,.@-]+)$/.exec(roleArn);
  return match ? { accountId: match[1]!, roleName: match[2]! } : null;
}

/** The role an AssumeRole names, read before its trust policy is evaluated (hence unsafe). */
export async function findUnsafeRole(ctx: RequestContext, roleArn: string): Promise<Role | null> {
  const parsed = parseRoleArn(roleArn);
  if (!parsed) throw invalidInput(`${roleArn} is not a valid role ARN.`, 'input.roleArn');
  const role = await ctx.prisma.role.findUnique({ where: { accountId_roleName: { accountId: parsed.accountId, roleName: parsed.roleName } } });
  // AWS: the ARN must name the role exactly, path included.
  return role && role.arn === roleArn ? role : null;
}

/**
 * The MFA device of the caller named by `serialNumber` accepts `tokenCode`. AWS answers a code that is wrong,
 * reused, or for somebody else's device with the same AccessDenied.
 */
async function requireCallerMfa(ctx: RequestContext, caller: Caller, serialNumber: string, tokenCode: string): Promise<void> {
  const device = await ctx.prisma.virtualMfaDevice.findUnique({
    where: { serialNumber },
    select: { accountId: true, userId: true, rootAccount: { select: { id: true } } },
  });
  const owned =
    device !== null &&
    device.accountId === caller.accountId &&
    (caller.kind === 'user' ? device.userId === caller.userId : caller.kind === 'root' && device.rootAccount !== null);
  // MFA codes are guessed like passwords: the sign-in throttle's count for the caller, shared with its console sign-in.
  const attempt = await admitGuess(ctx, await callerSignInKey(ctx, caller));
  if (!owned || !(await acceptMfaCode(ctx.prisma, ctx.secretBox, serialNumber, tokenCode))) {
    throw new IamError('AccessDenied', invalidMfaMessage);
  }
  await recordSignInSuccess(ctx.prisma, attempt.attemptId);
}

/** The key the sign-in throttle counts the caller's guesses under: its root email, or its account and user name. */
async function callerSignInKey(ctx: RequestContext, caller: Caller): Promise<string> {
  if (caller.kind === 'user') return signInPrincipalKey({ kind: 'iamUser', account: caller.accountId, userName: caller.userName });
  if (caller.kind === 'root') {
    const { rootEmail } = await ctx.prisma.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { rootEmail: true } });
    return signInPrincipalKey({ kind: 'root', email: rootEmail });
  }
  // A role session has no MFA device of its own (the code is refused below); its guesses still count, by its ARN.
  return caller.principalArn.toLowerCase();
}

function requireMfaPair(input: { serialNumber?: string; tokenCode?: string }): { serialNumber: string; tokenCode: string } | null {
  if (input.serialNumber === undefined && input.tokenCode === undefined) return null;
  if (input.serialNumber === undefined || input.tokenCode === undefined) {
    throw invalidInput('SerialNumber and TokenCode must be given together.', input.serialNumber === undefined ? 'input.serialNumber' : 'input.tokenCode');
  }
  return { serialNumber: input.serialNumber, tokenCode: input.tokenCode };
}

/** New temporary credentials: the secret sealed under the server key, the token kept only as its hash. */
export function newTemporaryCredentials(ctx: RequestContext, expiration: Date) {
  const { accessKeyId, secretAccessKey } = generateAccessKeyPair('temporary');
  const sessionToken = generateBearerToken(48);
  const credentials: Credentials = { accessKeyId, secretAccessKey, sessionToken, expiration };
  const stored = { accessKeyId, secretSealed: ctx.secretBox.seal(secretAccessKey, accessKeyId), sessionTokenHash: hashBearerToken(sessionToken), expiration };
  return { credentials, stored };
}


/**
 * AWS AssumeRole: temporary credentials for `roleArn` whose principal is `assumed-role/ROLE/SESSION`, governed by
 * the role's policies and the session policy. Allowed by the role's trust policy (and, across accounts, the
 * caller's own policies); the session and its AssumeRole event are written in one transaction.
 */
export async function assumeRole(ctx: RequestContext, caller: Caller, input: AssumeRoleInput): Promise<AssumeRoleResult> {
  const mfa = requireMfaPair(input);
  if (input.policy !== undefined) assertValidPolicyDocument(input.policy, { kind: 'session', field: 'input.policy' });
  const unsafeRole = await findUnsafeRole(ctx, input.roleArn);
  if (mfa) await requireCallerMfa(ctx, caller, mfa.serialNumber, mfa.tokenCode);
  await authorizeAssumeRole(ctx, caller, input.roleArn, unsafeRole, mfa !== null, input.externalId ?? undefined);
  // INVARIANT: authorizeAssumeRole refuses a missing role (it trusts nobody), so the role exists from here on.
  const role = unsafeRole!;

  const durationSeconds = input.durationSeconds ?? defaultAssumeRoleSeconds;
  const maxSeconds = caller.kind === 'assumed-role' ? Math.min(roleChainingMaxSeconds, role.maxSessionDuration) : role.maxSessionDuration;
  if (durationSeconds > maxSeconds) {
    throw invalidInput(
      caller.kind === 'assumed-role'
        ? 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
        : 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      'input.durationSeconds',
    );
  }

  return startRoleSession(ctx, role, {
    eventName: 'AssumeRole',
    roleSessionName: input.roleSessionName,
    durationSeconds,
    requestParameters: { ...input },
    session: {
      sourceArn: caller.principalArn,
      sessionPolicy: input.policy ?? null,
      ...(input.policyArns ? { policyArns: input.policyArns } : {}),
      // AWS: MFA given now, or already behind the caller's own credentials, is carried into the session.
      mfaAuthenticated: mfa !== null || caller.mfaAuthenticated === true,
    },
  });
}

/**
 * AWS PolicyArns: managed policies of the role's account (or AWS managed ones) that limit the session like an inline
 * session policy; each is kept as its default version was when the session started.
 */
async function managedSessionPolicies(tx: Tx, accountId: string, policyArns: readonly { arn: string }[]): Promise<{ arn: string; document: string }[]> {
  const policies: { arn: string; document: string }[] = [];
  for (const { arn } of policyArns) {
    const policy = await requireVisiblePolicy(tx, accountId, arn);
    const version = await tx.policyVersion.findUniqueOrThrow({ where: { policyId_versionId: { policyId: policy.id, versionId: policy.defaultVersionId } } });
    policies.push({ arn, document: version.document });
  }
  return policies;
}

/** What distinguishes one role session from another besides its role and name. */
export interface RoleSessionFields {
  /** Who asked: the caller's ARN, or the OIDC provider's. */
  sourceArn: string;
  sessionPolicy: string | null;
  /** PolicyArns: managed session policies, read when the session starts. */
  policyArns?: readonly { arn: string }[];
  mfaAuthenticated?: boolean;
  sourceIdentity?: string | null;
  sessionTags?: Record<string, string>;
}

/**
 * A new session of `role` once it is authorized: ASIA credentials for `assumed-role/ROLE/SESSION`, the session row
 * and the role's last use written with the STS event in one transaction.
 */
export async function startRoleSession(
  ctx: RequestContext,
  role: Role,
  request: {
    eventName: 'AssumeRole' | 'AssumeRoleWithWebIdentity';
    roleSessionName: string;
    durationSeconds: number;
    requestParameters: Record<string, unknown>;
    /** For events whose actor is not the request's caller (the web identity user, named by its provider). */
    identity?: { accountId: string; principalArn: string };
    /** ARNs the event names besides the role's. */
    otherResources?: string[];
    session: RoleSessionFields;
  },
): Promise<{ credentials: Credentials; assumedRoleUser: AssumedRoleUser }> {
  const now = new Date();
  const { credentials, stored } = newTemporaryCredentials(ctx, new Date(now.getTime() + request.durationSeconds * 1000));
  const principalArn = assumedRoleArn(role.accountId, role.roleName, request.roleSessionName);
  const { sessionTags, policyArns = [], ...session } = request.session;
  await auditedTransaction(
    ctx,
    {
      eventSource: 'sts.amazonaws.com',
      eventName: request.eventName,
      resources: [role.arn, ...(request.otherResources ?? [])],
      ...(request.identity ? { identity: request.identity } : {}),
      requestParameters: request.requestParameters,
      responseElements: () => ({ credentials: { accessKeyId: credentials.accessKeyId, expiration: credentials.expiration }, assumedRoleUser: { arn: principalArn } }),
    },
    async (tx) => {
      const sessionManagedPolicies = await managedSessionPolicies(tx, role.accountId, policyArns);
      await tx.stsSession.create({
        data: {
          ...stored,
          ...session,
          ...(sessionTags ? { sessionTags } : {}),
          ...(sessionManagedPolicies.length > 0 ? { sessionManagedPolicies } : {}),
          accountId: role.accountId,
          roleId: role.id,
          roleSessionName: request.roleSessionName,
          principalArn,
          createdAt: now,
        },
      });
      await tx.role.update({ where: { id: role.id }, data: { lastUsedDate: now, lastUsedRegion: 'us-east-1' } });
    },
  );
  return { credentials, assumedRoleUser: { assumedRoleId: `${role.id}:${request.roleSessionName}`, arn: principalArn } };
}

/**
 * AWS GetSessionToken: temporary credentials for the calling user or root user, typically to add MFA. Only
 * long-term credentials may ask (a role session or another session token may not).
 */
export async function getSessionToken(ctx: RequestContext, caller: Caller, input: GetSessionTokenInput): Promise<GetSessionTokenResult> {
  if (caller.kind === 'assumed-role' || caller.stsSessionId !== undefined) {
    throw new IamError('AccessDenied', 'Cannot call GetSessionToken with session credentials');
  }
  const maxSeconds = caller.kind === 'root' ? rootSessionTokenMaxSeconds : 129_600;
  const durationSeconds = Math.min(input.durationSeconds ?? defaultSessionTokenSeconds, maxSeconds);
  const mfa = requireMfaPair(input);
  if (mfa) await requireCallerMfa(ctx, caller, mfa.serialNumber, mfa.tokenCode);

  const now = new Date();
  const { credentials, stored } = newTemporaryCredentials(ctx, new Date(now.getTime() + durationSeconds * 1000));
  await auditedTransaction(
    ctx,
    {
      eventSource: 'sts.amazonaws.com',
      eventName: 'GetSessionToken',
      resources: [caller.principalArn],
      requestParameters: { ...input },
      responseElements: () => ({ credentials: { accessKeyId: credentials.accessKeyId, expiration: credentials.expiration } }),
    },
    (tx) =>
      tx.stsSession.create({
        data: {
          ...stored,
          accountId: caller.accountId,
          userId: caller.kind === 'user' ? caller.userId : null,
          principalArn: caller.principalArn,
          sourceArn: caller.principalArn,
          mfaAuthenticated: mfa !== null,
          createdAt: now,
        },
      }),
  );
  return { credentials };
}

/** AWS GetCallerIdentity: who the credentials belong to. It needs no permission, and a deny cannot hide it. */
export function getCallerIdentity(caller: Caller): CallerIdentity {
  const userId =
    caller.kind === 'user' ? caller.userId : caller.kind === 'root' ? caller.accountId : `${caller.roleId}:${caller.roleSessionName}`;
  return { account: caller.accountId, arn: caller.principalArn, userId };
}

function requireConsoleSession(caller: Caller): string {
  if (caller.consoleSessionId === undefined) {
    throw invalidInput('Switch role is for console sessions; programmatic callers use assumeRole.');
  }
  return caller.consoleSessionId;
}

/**
 * The console's "Switch role": assumes the role (the same rules as AssumeRole, one hour like the console) and makes
 * it the console session's identity. The credentials never leave the server; requests with this cookie now act as
 * the role session until it expires or the user switches back.
 */
/**
 * The role Switch role names: its ARN, or AWS's form's account (ID or alias) and role name.
 */
export async function switchRoleTargetArn(ctx: RequestContext, input: SwitchRoleInput): Promise<string> {
  const byName = input.account !== undefined || input.roleName !== undefined;
  if (input.roleArn !== undefined && !byName) return input.roleArn;
  if (input.roleArn !== undefined || input.account === undefined || input.roleName === undefined) {
    throw invalidInput('Name the role either by roleArn, or by account and roleName.', 'roleArn');
  }
  if (/^\d{12}$/.test(input.account)) return `arn:aws:iam::${input.account}:role/${input.roleName}`;
  // AWS's sign-in page also tells an unknown alias apart; it names no account, so no role.
  const account = await ctx.prisma.account.findUnique({ where: { alias: input.account }, select: { id: true } });
  if (!account) throw invalidInput(`No account has the alias ${input.account}.`, 'account');
  return `arn:aws:iam::${account.id}:role/${input.roleName}`;
}

export async function switchRole(ctx: RequestContext, caller: Caller, input: SwitchRoleInput): Promise<SwitchRoleResult> {
  const consoleSessionId = requireConsoleSession(caller);
  const roleArn = await switchRoleTargetArn(ctx, input);
  const roleSessionName = input.roleSessionName ?? (caller.kind === 'user' ? caller.userName : caller.kind === 'root' ? caller.accountId : caller.roleSessionName);
  const session = await assumeRole(ctx, caller, { roleArn, roleSessionName, durationSeconds: defaultAssumeRoleSeconds });
  await auditedTransaction(
    ctx,
    {
      eventSource: 'signin.amazonaws.com',
      eventName: 'SwitchRole',
      resources: [roleArn],
      requestParameters: { roleArn, roleSessionName },
      responseElements: () => ({ SwitchRole: 'Success' }),
    },
    (tx) => tx.consoleSession.update({ where: { tokenHash: consoleSessionId }, data: { stsSessionId: session.credentials.accessKeyId } }),
  );
  return { assumedRoleUser: session.assumedRoleUser, expiration: session.credentials.expiration };
}

/** Back to the console session's own identity; the role session it held is revoked, so it cannot be reused. */
export async function switchRoleBack(ctx: RequestContext, caller: Caller): Promise<void> {
  const consoleSessionId = requireConsoleSession(caller);
  await auditedTransaction(
    ctx,
    {
      eventSource: 'signin.amazonaws.com',
      eventName: 'SwitchRoleBack',
      resources: [caller.principalArn],
      requestParameters: {},
      responseElements: () => ({ SwitchRoleBack: 'Success' }),
    },
    async (tx) => {
      const session = await tx.consoleSession.findUniqueOrThrow({ where: { tokenHash: consoleSessionId } });
      if (session.stsSessionId) {
        await tx.stsSession.updateMany({ where: { accessKeyId: session.stsSessionId, revokedAt: null }, data: { revokedAt: new Date() } });
      }
      await tx.consoleSession.update({ where: { tokenHash: consoleSessionId }, data: { stsSessionId: null } });
    },
  );
}

/**
 * The role's "Revoke active sessions". AWS attaches an inline policy denying everything to sessions issued before
 * now (`aws:TokenIssueTime`); Gatehouse keeps every session as a row, so it marks them revoked instead: the effect
 * is the same (every credential issued so far stops working at once, new AssumeRole calls still succeed) without an
 * inline policy that would count against the role's quota or need cleaning up. Answers how many were revoked.
 */
export async function revokeRoleSessions(ctx: RequestContext, accountId: string, roleName: string): Promise<number> {
  const role = await ctx.prisma.role.findUnique({ where: { accountId_roleName: { accountId, roleName } } });
  if (!role) throw noSuchEntity('role', roleName);
  return auditedTransaction(
    ctx,
    { eventName: 'RevokeRoleSessions', resources: [role.arn], requestParameters: { roleName }, responseElements: (count) => ({ revokedSessions: count }) },
    async (tx) => {
      const { count } = await tx.stsSession.updateMany({ where: { roleId: role.id, revokedAt: null }, data: { revokedAt: new Date() } });
      return count;
    },
  );
}

/** The resource a role operation is authorized against: the stored role's ARN, or the one AWS would give it. */
export async function roleArnForName(ctx: RequestContext, accountId: string, roleName: string): Promise<string> {
  const role = await ctx.prisma.role.findUnique({ where: { accountId_roleName: { accountId, roleName } }, select: { arn: true } });
  return role?.arn ?? formatRoleArn(accountId, '/', roleName);
}
