import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The console session cookie. Its value is a bearer token from @gatehouse/credentials; the database keeps only its
 * hash (ConsoleSession.tokenHash), so a database read never yields a usable cookie.
 */
export const sessionCookieName = 'gatehouse-session';

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parseCookie(header)[sessionCookieName];
  return token && token.length > 0 ? token : undefined;
}

/**
 * HttpOnly: no script reads it. SameSite=Strict: no other site's page sends it. Secure when the request came over
 * https (directly or, with `trust proxy`, through a proxy), so that plain-http local use still works.
 */
export function writeSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName, value: token, httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires: expiresAt }),
  );
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName, value: '', httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires: new Date(0) }),
  );
}
