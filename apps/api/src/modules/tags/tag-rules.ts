import { invalidInput, limitExceeded } from '../../errors/iam-error';

interface TagLike {
  key: string;
  value: string;
}

/** AWS: IAM tag keys are case-insensitive, so `CostCenter` and `costcenter` are the same key. */
export function tagKeyOf(key: string): string {
  return key.toLowerCase();
}

/** Refuses a request that names one key twice and the `aws:` prefix, which AWS reserves for itself. */
export function assertTagKeysAllowed(keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (tagKeyOf(key).startsWith('aws:')) throw invalidInput('User-defined tag keys can\'t start with "aws:".', 'tags');
    if (seen.has(tagKeyOf(key))) {
      throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.', 'tags');
    }
    seen.add(tagKeyOf(key));
  }
}

/**
 * The tags a resource ends up with after TagX: given tags overwrite existing ones with the same key (in any case),
 * the others are kept. More than the quota is LimitExceeded, and nothing changes.
 */
export function mergeTags(existing: readonly TagLike[], added: readonly TagLike[], quota: number): TagLike[] {
  const merged = new Map<string, TagLike>(existing.map((tag) => [tagKeyOf(tag.key), { key: tag.key, value: tag.value }]));
  for (const tag of added) merged.set(tagKeyOf(tag.key), { key: tag.key, value: tag.value });
  if (merged.size > quota) throw limitExceeded('TagsPerResource', quota);
  return [...merged.values()];
}
