import { parseCookie, stringifySetCookie } from 'cookie';
import type { ServerResponse } from 'node:http';
import type { ClientRequest } from '../http/client-request';

/**
 * The console session cookie. Its value is a bearer token from @gatehouse/credentials; the database keeps only its
 * hash (ConsoleSession.tokenHash), so a database read never yields a usable cookie.
 */
export const sessionCookieName = 'gatehouse-session';

export function readSessionToken(req: ClientRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parseCookie(header)[sessionCookieName];
  return token && token.length > 0 ? token : undefined;
}

/**
 * HttpOnly: no script reads it. SameSite=Strict: no other site's page sends it. Secure when the request came over
 * https (directly or, with `trust proxy`, through a proxy), so that plain-http local use still works.
 */
export function writeSessionCookie(req: ClientRequest, res: ServerResponse, token: string, expiresAt: Date): void {
  res.appendHeader(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName, value: token, httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires: expiresAt }),
  );
}

export function clearSessionCookie(req: ClientRequest, res: ServerResponse): void {
  res.appendHeader(
    'Set-Cookie',
    stringifySetCookie({ name: sessionCookieName, value: '', httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires: new Date(0) }),
  );
}
