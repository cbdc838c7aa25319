import type { RequestContext as ConditionKeys } from '@gatehouse/evaluator';

/**
 * AWS: a request that carries tags (CreateUser with Tags, TagUser…) is evaluated with `aws:RequestTag/KEY` for each
 * tag and `aws:TagKeys` listing their keys, for every action it is authorized for; a request with none adds neither.
 */
export function requestTagConditionKeys(tags: readonly { key: string; value: string }[] | null | undefined): ConditionKeys {
  if (!tags?.length) return {};
  const keys: ConditionKeys = { 'aws:TagKeys': tags.map((tag) => tag.key) };
  for (const tag of tags) keys[`aws:RequestTag/${tag.key}`] = tag.value;
  return keys;
}

/** AWS: UntagUser and the like are evaluated with `aws:TagKeys`, the keys to remove. */
export function untagConditionKeys(tagKeys: readonly string[]): ConditionKeys {
  return { 'aws:TagKeys': [...tagKeys] };
}
