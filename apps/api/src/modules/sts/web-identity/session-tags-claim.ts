import type { JWTPayload } from 'jose';
import { IamError } from '../../../errors/iam-error';
import { tagKeyOf } from '../../tags/tag-rules';

/** AWS: the claim an OIDC token passes session tags in. */
export const sessionTagsClaim = 'https://aws.amazon.com/tags';

/** AWS session tag limits: 50 tags, keys 1–128 and values 0–256 characters of the tag alphabet. */
const maxSessionTags = 50;
const tagKey = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const tagValue = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

export interface SessionTags {
  tags: Record<string, string>;
  transitiveTagKeys: string[];
}

const rejected = (why: string) => new IamError('IDPRejectedClaim', `The ${sessionTagsClaim} claim is not valid: ${why}.`);

/**
 * The session tags an OIDC token carries (`principal_tags`, each value a list of one string, and
 * `transitive_tag_keys`), or none when it has no such claim. A malformed claim refuses the token.
 */
export function readSessionTagsClaim(claims: JWTPayload): SessionTags | null {
  const claim = claims[sessionTagsClaim];
  if (claim === undefined) return null;
  if (typeof claim !== 'object' || claim === null) throw rejected('it must be an object');
  const { principal_tags: principalTags = {}, transitive_tag_keys: transitive = [] } = claim as Record<string, unknown>;
  if (typeof principalTags !== 'object' || principalTags === null || Array.isArray(principalTags)) throw rejected('principal_tags must be an object');
  const tags: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [key, values] of Object.entries(principalTags)) {
    const value = Array.isArray(values) && values.length === 1 ? values[0] : values;
    if (!tagKey.test(key) || typeof value !== 'string' || !tagValue.test(value)) throw rejected(`tag ${key} is not a valid tag`);
    if (tagKeyOf(key).startsWith('aws:') || seen.has(tagKeyOf(key))) throw rejected(`tag key ${key} is reserved or repeated`);
    seen.add(tagKeyOf(key));
    tags[key] = value;
  }
  if (seen.size > maxSessionTags) throw rejected(`more than ${maxSessionTags} tags`);
  if (!Array.isArray(transitive) || transitive.some((key) => typeof key !== 'string' || !seen.has(tagKeyOf(key)))) {
    throw rejected('transitive_tag_keys must list keys of principal_tags');
  }
  return { tags, transitiveTagKeys: transitive as string[] };
}
