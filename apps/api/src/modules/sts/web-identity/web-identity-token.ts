import type { OpenIdConnectProvider } from '@gatehouse/db';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions, type ProtectedHeaderParameters } from 'jose';
import type { RequestContext } from '../../../context';
import { IamError } from '../../../errors/iam-error';
import { readIssuerUrl } from '../../open-id-connect-providers/issuer-url';
import { IssuerKeysUnavailable, NoMatchingIssuerKey } from './issuer-keys';

/**
 * The algorithms an OIDC issuer may sign with: asymmetric only. `none` and the HMAC algorithms are refused before
 * any key is looked up, so a token "signed" with an issuer's public key as an HMAC secret never verifies.
 */
const acceptedAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

// AWS's messages (STS API reference and what STS answers).
const notValidatedMessage =
  'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.';
const keysUnavailableMessage =
  'Couldn\'t retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements';

const invalidToken = (message: string) => new IamError('InvalidIdentityToken', message);

/** A token that verified: its provider in the role's account and its claims. */
export interface VerifiedWebIdentity {
  provider: OpenIdConnectProvider;
  claims: JWTPayload & { iss: string; sub: string; exp: number };
  /** The client ID the token was issued to: `azp` when present, else the `aud` the provider lists. */
  audience: string;
}

/** The token's header and claims before anything is verified; AWS's answer when it is not a JWT at all. */
function unverifiedToken(token: string): { header: ProtectedHeaderParameters; claims: JWTPayload } {
  try {
    return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
  } catch {
    throw invalidToken('The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)');
  }
}

/** The provider of the role's account for the token's issuer (`iss` is `https://` + its URL, exactly). */
async function providerFor(ctx: RequestContext, accountId: string, iss: unknown): Promise<OpenIdConnectProvider> {
  const issuer = typeof iss === 'string' ? readIssuerUrl(iss, ctx.config.oidc.allowInsecureLoopback) : null;
  const provider = issuer ? await ctx.prisma.openIdConnectProvider.findUnique({ where: { accountId_url: { accountId, url: issuer.url } } }) : null;
  if (!provider) throw invalidToken(`No OpenIDConnect provider found in your account for ${typeof iss === 'string' ? iss : ''}`);
  return provider;
}

function audienceOf(claims: JWTPayload, clientIDList: readonly string[]): string {
  // Not verified yet, so of any JSON type (`"aud": 0` was a TypeError, a 500): only strings can name a client.
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.filter((aud) => typeof aud === 'string') : [];
  const candidates = typeof claims.azp === 'string' ? [claims.azp] : audiences;
  const audience = candidates.find((candidate) => clientIDList.includes(candidate));
  if (audience === undefined) throw invalidToken('Incorrect token audience');
  return audience;
}

/** jose's verdicts in AWS's words; anything unexpected stays an error of ours (a ServiceFailure). */
function refusal(error: unknown, now: number): unknown {
  if (error instanceof errors.JWTExpired) {
    const exp = (error.payload as JWTPayload).exp;
    return new IamError('ExpiredTokenException', `Token expired: current date/time ${Math.floor(now / 1000)} must be before the expiration date/time ${exp}`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) return invalidToken(`Token is not valid: ${error.message}`);
  if (error instanceof errors.JOSEError) return invalidToken(notValidatedMessage);
  return error;
}

/**
 * A token without `kid` when the issuer's set has several keys for its algorithm: jose hands over the candidates, and
 * the token is good when one of them verifies it.
 */
async function verifyWithEachKey(token: string, candidates: errors.JWKSMultipleMatchingKeys, options: JWTVerifyOptions) {
  for await (const key of candidates) {
    try {
      return await jwtVerify(token, key, options);
    } catch (error) {
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw error;
    }
  }
  throw new errors.JWSSignatureVerificationFailed();
}

/**
 * Verifies an AssumeRoleWithWebIdentity token for a role of `accountId`, as AWS STS does: a JWT whose `iss` is an
 * OIDC provider of that account, signed (asymmetrically) by a key of the issuer's key set, within its exp/nbf/iat
 * (allowing the configured clock skew), for one of the provider's client IDs. Refusals are AWS's codes.
 */
export async function verifyWebIdentityToken(ctx: RequestContext, token: string, accountId: string): Promise<VerifiedWebIdentity> {
  const { header, claims: unverified } = unverifiedToken(token);
  const provider = await providerFor(ctx, accountId, unverified.iss);
  const audience = audienceOf(unverified, provider.clientIDList);
  if (typeof header.alg !== 'string' || !acceptedAlgorithms.includes(header.alg)) throw invalidToken(notValidatedMessage);

  const now = Date.now();
  const skew = ctx.config.oidc.clockSkewSeconds;
  const options: JWTVerifyOptions = {
    algorithms: acceptedAlgorithms,
    issuer: unverified.iss!,
    clockTolerance: skew,
    currentDate: new Date(now),
    requiredClaims: ['iss', 'sub', 'aud', 'exp'],
  };
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, (protectedHeader, flattened) => ctx.issuerKeys.keyFor(unverified.iss!, protectedHeader, flattened), options).catch(
      (error: unknown) => (error instanceof errors.JWKSMultipleMatchingKeys ? verifyWithEachKey(token, error, options) : Promise.reject(error)),
    ));
  } catch (error) {
    if (error instanceof IssuerKeysUnavailable) {
      ctx.logger.warn({ issuer: unverified.iss, reason: error.message }, 'OIDC issuer keys unavailable');
      throw invalidToken(keysUnavailableMessage);
    }
    if (error instanceof NoMatchingIssuerKey) throw invalidToken(notValidatedMessage);
    throw refusal(error, now);
  }
  // jose checks iat only against a maximum age; a token issued in the future is as suspect as one not yet valid.
  if (typeof claims.iat === 'number' && claims.iat > now / 1000 + skew) throw invalidToken('Token is not valid: "iat" claim timestamp check failed');
  return { provider, claims: claims as VerifiedWebIdentity['claims'], audience };
}
