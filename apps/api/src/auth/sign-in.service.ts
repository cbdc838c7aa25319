import { hashPassword, verifyPassword, generateBearerToken, hashBearerToken } from '@gatehouse/credentials';
import { rootArn } from '@gatehouse/db';
import { auditedTransaction } from '../audit/audited-transaction';
import { recordAuditEvent } from '../audit/audit-event';
import type { RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';
import type { SignInInput } from './sign-in.inputs';
import type { SignInResult } from './sign-in.type';

// AWS's console answer to any wrong email or password: it does not say which one was wrong.
const failedSignInMessage = 'Your authentication information is incorrect. Please try again.';

// A hash to verify against when no account has the email, so that an unknown email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * The root user's sign-in (AWS ConsoleLogin): on success a ConsoleSession row and its cookie, audited in the same
 * transaction; on failure an AccessDenied and a failure event, with nothing else changed.
 */
export async function signInRoot(ctx: RequestContext, input: SignInInput): Promise<SignInResult> {
  const account = await ctx.prisma.account.findUnique({ where: { rootEmail: input.email } });
  const passwordHash = account?.rootPasswordHash ?? (await (decoyHash ??= hashPassword(generateBearerToken())));
  const passwordMatches = await verifyPassword(passwordHash, input.password);
  if (!account || !passwordMatches) {
    await recordAuditEvent(ctx, {
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      resources: [],
      identity: { accountId: account?.id ?? null, principalArn: account ? rootArn(account.id) : null },
      requestParameters: { email: input.email },
      responseElements: { ConsoleLogin: 'Failure' },
      errorMessage: 'Failed authentication',
    });
    throw new IamError('AccessDenied', failedSignInMessage);
  }

  const principalArn = rootArn(account.id);
  const token = generateBearerToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ctx.config.session.absoluteTimeoutSeconds * 1000);
  // An enabled MFA device makes the code a second step; the session is not usable until it is given.
  const state = account.rootMfaSerialNumber ? 'MfaRequired' : 'Active';
  await auditedTransaction(
    ctx,
    {
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      resources: [principalArn],
      identity: { accountId: account.id, principalArn },
      requestParameters: { email: input.email },
      responseElements: () => ({ ConsoleLogin: 'Success' }),
    },
    async (tx) => {
      await tx.consoleSession.create({
        data: {
          tokenHash: hashBearerToken(token),
          accountId: account.id,
          state,
          sourceIp: ctx.sourceIp ?? null,
          userAgent: ctx.userAgent ?? null,
          lastSeenAt: now,
          expiresAt,
        },
      });
      await tx.account.update({ where: { id: account.id }, data: { rootPasswordLastUsed: now } });
    },
  );
  writeSessionCookie(ctx.req, ctx.res, token, expiresAt);
  return { state, principalArn, accountId: account.id };
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
