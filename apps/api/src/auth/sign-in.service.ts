import { generateBearerToken, hashBearerToken, verifyPassword, verifyPasswordOrDecoy } from '@gatehouse/credentials';
import { rootArn, type Account, type ConsoleSession, type ConsoleSessionState } from '@gatehouse/db';
import { recordAuditEvent } from '../audit/audit-event';
import { auditedTransaction } from '../audit/audited-transaction';
import type { RequestContext } from '../context';
import { IamError, invalidInput } from '../errors/iam-error';
import type { Caller } from '../principals/caller';
import { admitGuess } from './guess-admission';
import { acceptMfaCode } from './mfa-code';
import { replaceRootPassword } from './root-password';
import { replaceUserPassword } from './password-change';
import { passwordExpiry } from './password-policy';
import { clearSessionCookie, readSessionToken, writeSessionCookie } from './session-cookie';
import { recordSignInSuccess, signInPrincipalKey } from './sign-in-throttle';
import type { ChangePasswordInput, SignInInput, SignInMfaInput, SignInNewPasswordInput } from './sign-in.inputs';
import type { SignInResult } from './sign-in.type';

// AWS's console answer to any wrong account, name, password or MFA code: it does not say which one was wrong.
const failedSignInMessage = 'Your authentication information is incorrect. Please try again.';
const hardExpiryMessage = 'Your password has expired. Contact your administrator to reset it.';
/** How long a half-finished sign-in (waiting for the MFA code or the new password) stays usable. */
const pendingStepSeconds = 5 * 60;

/** Who is signing in, once the password matched. */
interface SignInPrincipal {
  account: Account;
  principalArn: string;
  /** For the throttle: the same key the password step used. */
  principalKey: string;
  user: { id: string; userName: string } | null;
  mfaSerialNumber: string | null;
  /** IAM users only: the password must be changed before the session is usable. */
  passwordChangeRequired: boolean;
}

/**
 * Step one of AWS ConsoleLogin: the root user (email) or an IAM user (account id or alias and user name) and the
 * password. Throttled per principal and per source address before the password is checked; every attempt is
 * audited. On success a ConsoleSession and its cookie, in the state of the next step (MFA code, new password) or
 * Active.
 */
export async function signIn(ctx: RequestContext, input: SignInInput): Promise<SignInResult> {
  const typed = await withAccountId(ctx, typedPrincipal(input));
  const principalKey = signInPrincipalKey(typed);
  const attempt = await admitGuess(ctx, principalKey, { requestParameters: auditedParameters(input) });
  const principal = typed.kind === 'root' ? await rootPrincipal(ctx, typed.email, input.password, principalKey) : await iamUserPrincipal(ctx, typed, input.password, principalKey);
  if (principal === 'refused') {
    await auditSignInFailure(ctx, { accountId: null, principalArn: null }, auditedParameters(input), 'Failed authentication');
    throw new IamError('AccessDenied', failedSignInMessage);
  }
  if ('refusal' in principal) {
    await auditSignInFailure(ctx, principal.identity, auditedParameters(input), principal.refusal);
    throw new IamError('AccessDenied', principal.refusal === 'Failed authentication' ? failedSignInMessage : hardExpiryMessage);
  }

  const state: ConsoleSessionState = principal.mfaSerialNumber ? 'MfaRequired' : principal.passwordChangeRequired ? 'PasswordChangeRequired' : 'Active';
  const token = generateBearerToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ctx.config.session.absoluteTimeoutSeconds * 1000);
  await auditedTransaction(
    ctx,
    {
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      resources: [principal.principalArn],
      identity: { accountId: principal.account.id, principalArn: principal.principalArn },
      requestParameters: auditedParameters(input),
      responseElements: () => ({ ConsoleLogin: 'Success', nextStep: state }),
    },
    async (tx) => {
      await recordSignInSuccess(tx, attempt.attemptId);
      await tx.consoleSession.create({
        data: {
          tokenHash: hashBearerToken(token),
          accountId: principal.account.id,
          userId: principal.user?.id ?? null,
          state,
          sourceIp: ctx.sourceIp ?? null,
          userAgent: ctx.userAgent ?? null,
          lastSeenAt: now,
          expiresAt,
        },
      });
      if (principal.user) await tx.user.update({ where: { id: principal.user.id }, data: { passwordLastUsed: now } });
      else await tx.account.update({ where: { id: principal.account.id }, data: { rootPasswordLastUsed: now } });
    },
  );
  writeSessionCookie(ctx.req, ctx.res, token, expiresAt);
  return { state, principalArn: principal.principalArn, accountId: principal.account.id };
}

/** Step two when the principal has an MFA device: the current TOTP code, never one already used. */
export async function submitSignInMfaCode(ctx: RequestContext, input: SignInMfaInput): Promise<SignInResult> {
  const { session, principal } = await pendingSignIn(ctx, 'MfaRequired');
  const attempt = await admitGuess(ctx, principal.principalKey, { identity: identityOf(principal), requestParameters: {} });
  const accepted = principal.mfaSerialNumber !== null && (await acceptMfaCode(ctx.prisma, ctx.secretBox, principal.mfaSerialNumber, input.authenticationCode));
  if (!accepted) {
    await auditSignInFailure(ctx, identityOf(principal), { mfaStep: true }, 'Failed authentication');
    throw new IamError('AccessDenied', failedSignInMessage);
  }
  const state: ConsoleSessionState = principal.passwordChangeRequired ? 'PasswordChangeRequired' : 'Active';
  await auditedTransaction(
    ctx,
    {
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      resources: [principal.principalArn],
      identity: identityOf(principal),
      requestParameters: { mfaStep: true },
      responseElements: () => ({ ConsoleLogin: 'Success', MFAUsed: 'Yes', nextStep: state }),
    },
    async (tx) => {
      await recordSignInSuccess(tx, attempt.attemptId);
      await tx.consoleSession.update({ where: { tokenHash: session.tokenHash }, data: { state, mfaAuthenticated: true, lastSeenAt: new Date() } });
    },
  );
  return { state, principalArn: principal.principalArn, accountId: principal.account.id };
}

/**
 * The step of an IAM user whose password must change (passwordResetRequired, or expired under the account's
 * MaxPasswordAge): the password was proven moments ago, so only the new one is asked for.
 */
export async function submitSignInNewPassword(ctx: RequestContext, input: SignInNewPasswordInput): Promise<SignInResult> {
  const { session, principal } = await pendingSignIn(ctx, 'PasswordChangeRequired');
  const user = principal.user!;
  // Throttled as the steps before it: a refused new password counts as a failure of the principal.
  const attempt = await admitGuess(ctx, principal.principalKey, { identity: identityOf(principal), requestParameters: {} });
  await auditedTransaction(
    ctx,
    {
      eventName: 'ChangePassword',
      resources: [principal.principalArn],
      identity: identityOf(principal),
      requestParameters: { newPassword: input.newPassword },
    },
    async (tx) => {
      await recordSignInSuccess(tx, attempt.attemptId);
      await replaceUserPassword(tx, { id: user.id, accountId: principal.account.id }, input.newPassword);
      await tx.consoleSession.update({ where: { tokenHash: session.tokenHash }, data: { state: 'Active', lastSeenAt: new Date() } });
    },
  );
  return { state: 'Active', principalArn: principal.principalArn, accountId: principal.account.id };
}

/**
 * AWS ChangePassword: the calling IAM user replaces their own password, proving the old one. Gatehouse lets the
 * root user change its password through the same operation (AWS does that on the root's Security credentials page,
 * outside the IAM API), under AWS's root password rules rather than the account's password policy.
 */
export async function changePassword(ctx: RequestContext, caller: Caller, input: ChangePasswordInput): Promise<void> {
  if (caller.kind === 'root') return changeRootPassword(ctx, caller, input);
  if (caller.kind !== 'user') {
    throw new IamError('InvalidInput', 'Only IAM users and the root user can change their own password.');
  }
  const profile = await ctx.prisma.loginProfile.findUnique({ where: { userId: caller.userId } });
  if (!profile) throw new IamError('NoSuchEntity', `Login Profile for User ${caller.userName} cannot be found.`);
  // The old password is guessed like a sign-in's: the same throttle and count (failures are audited as failed calls).
  const attempt = await admitGuess(ctx, signInPrincipalKey({ kind: 'iamUser', account: caller.accountId, userName: caller.userName }));
  if (!(await verifyPassword(profile.passwordHash, input.oldPassword))) {
    throw new IamError('AccessDenied', 'The old password is incorrect.');
  }
  // The guess succeeded: a new password the policy then refuses is no failed guess.
  await recordSignInSuccess(ctx.prisma, attempt.attemptId);
  await auditedTransaction(
    ctx,
    { eventName: 'ChangePassword', resources: [caller.principalArn], requestParameters: { oldPassword: input.oldPassword, newPassword: input.newPassword } },
    (tx) => replaceUserPassword(tx, { id: caller.userId, accountId: caller.accountId }, input.newPassword),
  );
}

async function changeRootPassword(ctx: RequestContext, caller: Caller, input: ChangePasswordInput): Promise<void> {
  const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: caller.accountId } });
  // The root's old password is guessed like its sign-in's: the same throttle and count as `root:EMAIL`.
  const attempt = await admitGuess(ctx, signInPrincipalKey({ kind: 'root', email: account.rootEmail }));
  if (!(await verifyPassword(account.rootPasswordHash, input.oldPassword))) {
    throw new IamError('AccessDenied', 'The old password is incorrect.');
  }
  await recordSignInSuccess(ctx.prisma, attempt.attemptId);
  await auditedTransaction(
    ctx,
    { eventName: 'ChangePassword', resources: [caller.principalArn], requestParameters: { oldPassword: input.oldPassword, newPassword: input.newPassword } },
    (tx) => replaceRootPassword(tx, account, input.newPassword),
  );
}

/** Revokes the caller's console session (server side, so a copied cookie dies too) and clears the cookie. */
export async function signOut(ctx: RequestContext): Promise<void> {
  const { caller } = ctx;
  const sessionId = caller?.consoleSessionId;
  if (caller && sessionId) {
    await auditedTransaction(
      ctx,
      { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogout', resources: [caller.principalArn], requestParameters: {} },
      (tx) => tx.consoleSession.update({ where: { tokenHash: sessionId }, data: { revokedAt: new Date() } }),
    );
  }
  clearSessionCookie(ctx.req, ctx.res);
}

type TypedPrincipal = { kind: 'root'; email: string } | { kind: 'iamUser'; account: string; userName: string };

/**
 * The throttle counts per principal, however it was typed: an alias that names an account is replaced by the account
 * id, so guesses through the alias and through the id share one count (the later steps and ChangePassword use the id).
 * An alias that names nothing stays as typed, and is throttled all the same.
 */
async function withAccountId(ctx: RequestContext, typed: TypedPrincipal): Promise<TypedPrincipal> {
  if (typed.kind === 'root' || /^\d{12}$/.test(typed.account)) return typed;
  const account = await ctx.prisma.account.findUnique({ where: { alias: typed.account }, select: { id: true } });
  return account ? { ...typed, account: account.id } : typed;
}

function typedPrincipal(input: SignInInput): TypedPrincipal {
  if (input.email !== undefined) {
    if (input.account !== undefined || input.userName !== undefined) {
      throw invalidInput('Give either the root user\'s email, or an account and user name, not both.', 'email');
    }
    return { kind: 'root', email: input.email };
  }
  if (input.account === undefined) throw invalidInput('An account ID or alias is required to sign in as an IAM user.', 'account');
  if (input.userName === undefined) throw invalidInput('A user name is required to sign in as an IAM user.', 'userName');
  return { kind: 'iamUser', account: input.account, userName: input.userName };
}

/** What a sign-in event records of the request: who was named, never the password. */
function auditedParameters(input: SignInInput): Record<string, unknown> {
  return input.email !== undefined ? { email: input.email } : { account: input.account, userName: input.userName };
}

type Refusal = { refusal: 'Failed authentication' | 'Password expired'; identity: { accountId: string; principalArn: string } };

async function rootPrincipal(ctx: RequestContext, email: string, password: string, principalKey: string): Promise<SignInPrincipal | Refusal | 'refused'> {
  const account = await ctx.prisma.account.findUnique({ where: { rootEmail: email } });
  const matches = await verifyPasswordOrDecoy(account?.rootPasswordHash, password);
  if (!account) return 'refused';
  const principalArn = rootArn(account.id);
  if (!matches) return { refusal: 'Failed authentication', identity: { accountId: account.id, principalArn } };
  return { account, principalArn, principalKey, user: null, mfaSerialNumber: account.rootMfaSerialNumber, passwordChangeRequired: false };
}

async function iamUserPrincipal(
  ctx: RequestContext,
  typed: { account: string; userName: string },
  password: string,
  principalKey: string,
): Promise<SignInPrincipal | Refusal | 'refused'> {
  // AWS's sign-in page reads twelve digits as an account ID and anything else as the alias.
  const account = await ctx.prisma.account.findUnique({ where: /^\d{12}$/.test(typed.account) ? { id: typed.account } : { alias: typed.account } });
  // Looked up even when the account is unknown (an id no account has finds nothing): every refusal makes the same
  // queries and the same argon2id verification, so that its time tells nothing of what exists.
  const user = await ctx.prisma.user.findUnique({
    where: { accountId_userName: { accountId: account?.id ?? '', userName: typed.userName } },
    include: { loginProfile: true, mfaDevice: { select: { serialNumber: true } } },
  });
  const matches = await verifyPasswordOrDecoy(user?.loginProfile?.passwordHash, password);
  if (!account || !user) return 'refused';
  const identity = { accountId: account.id, principalArn: user.arn };
  if (!matches || !user.loginProfile) return { refusal: 'Failed authentication', identity };

  const policy = await ctx.prisma.passwordPolicy.findUnique({ where: { accountId: account.id } });
  const expiry = passwordExpiry(policy, user.loginProfile.passwordChangedAt);
  if (expiry.expired && expiry.hardExpiry) return { refusal: 'Password expired', identity };
  return {
    account,
    principalArn: user.arn,
    principalKey,
    user: { id: user.id, userName: user.userName },
    mfaSerialNumber: user.mfaDevice?.serialNumber ?? null,
    passwordChangeRequired: user.loginProfile.passwordResetRequired || expiry.expired,
  };
}

function identityOf(principal: SignInPrincipal): { accountId: string; principalArn: string } {
  return { accountId: principal.account.id, principalArn: principal.principalArn };
}

async function auditSignInFailure(
  ctx: RequestContext,
  identity: { accountId: string | null; principalArn: string | null },
  requestParameters: Record<string, unknown>,
  errorMessage: string,
): Promise<void> {
  await recordAuditEvent(ctx, {
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    resources: [],
    identity,
    requestParameters,
    responseElements: { ConsoleLogin: 'Failure' },
    errorMessage,
  });
}

/**
 * The half-finished sign-in this request's cookie belongs to, in the expected state and recent enough; the
 * principal is read again, so a device or password reset since the first step is seen.
 */
async function pendingSignIn(ctx: RequestContext, expected: ConsoleSessionState): Promise<{ session: ConsoleSession; principal: SignInPrincipal }> {
  const token = readSessionToken(ctx.req);
  const session = token === undefined ? null : await ctx.prisma.consoleSession.findUnique({ where: { tokenHash: hashBearerToken(token) } });
  const fresh = session !== null && !session.revokedAt && session.createdAt.getTime() + pendingStepSeconds * 1000 > Date.now();
  if (!session || !fresh || session.state !== expected) {
    throw new IamError('AccessDenied', 'No sign-in is waiting for this step. Sign in again.');
  }
  const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: session.accountId } });
  if (!session.userId) {
    return {
      session,
      principal: {
        account,
        principalArn: rootArn(account.id),
        principalKey: signInPrincipalKey({ kind: 'root', email: account.rootEmail }),
        user: null,
        mfaSerialNumber: account.rootMfaSerialNumber,
        passwordChangeRequired: false,
      },
    };
  }
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: session.userId },
    include: { loginProfile: true, mfaDevice: { select: { serialNumber: true } } },
  });
  const policy = await ctx.prisma.passwordPolicy.findUnique({ where: { accountId: account.id } });
  const expired = user.loginProfile ? passwordExpiry(policy, user.loginProfile.passwordChangedAt).expired : false;
  return {
    session,
    principal: {
      account,
      principalArn: user.arn,
      principalKey: signInPrincipalKey({ kind: 'iamUser', account: account.id, userName: user.userName }),
      user: { id: user.id, userName: user.userName },
      mfaSerialNumber: user.mfaDevice?.serialNumber ?? null,
      passwordChangeRequired: (user.loginProfile?.passwordResetRequired ?? false) || expired,
    },
  };
}
