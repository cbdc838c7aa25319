import type { Tx } from '../../audit/audited-transaction';
import { mergeTags, tagKeyOf } from './tag-rules';

interface StoredTag {
  key: string;
  value: string;
}

/** The part of the UserTag, RoleTag, PolicyTag, InstanceProfileTag and OpenIdConnectProviderTag delegates TagX and UntagX use; `TColumn` names the tagged row. */
interface TagTable<TColumn extends string> {
  findMany(args: { where: Record<TColumn, string> }): PromiseLike<StoredTag[]>;
  deleteMany(args: { where: Record<string, unknown> }): PromiseLike<unknown>;
  createMany(args: { data: Array<Record<TColumn | 'key' | 'value', string>> }): PromiseLike<unknown>;
}

/** The writes of TagX and UntagX on one kind of resource's tags. */
export interface ResourceTags {
  /** AWS TagX: adds the tags and overwrites the values of keys (in any case) the resource has; past the quota, LimitExceeded. */
  add(tx: Tx, resourceId: string, added: readonly StoredTag[], quota: number): Promise<void>;
  /** AWS UntagX: removes the keys (in any case); keys the resource does not have are ignored. */
  remove(tx: Tx, resourceId: string, keys: readonly string[]): Promise<void>;
}

function resourceTags<TColumn extends string>(column: TColumn, table: (tx: Tx) => TagTable<TColumn>): ResourceTags {
  // A computed key is typed as any string: the cast restores the column name it is.
  const ofResource = (resourceId: string) => ({ [column]: resourceId }) as Record<TColumn, string>;
  return {
    async add(tx, resourceId, added, quota) {
      const tags = mergeTags(await table(tx).findMany({ where: ofResource(resourceId) }), added, quota);
      await table(tx).deleteMany({ where: ofResource(resourceId) });
      await table(tx).createMany({ data: tags.map(({ key, value }) => ({ ...ofResource(resourceId), key, value })) });
    },
    async remove(tx, resourceId, keys) {
      const removing = new Set(keys.map(tagKeyOf));
      const existing = await table(tx).findMany({ where: ofResource(resourceId) });
      const removed = existing.filter((tag) => removing.has(tagKeyOf(tag.key))).map((tag) => tag.key);
      await table(tx).deleteMany({ where: { ...ofResource(resourceId), key: { in: removed } } });
    },
  };
}

export const userTags = resourceTags('userId', (tx) => tx.userTag);
export const roleTags = resourceTags('roleId', (tx) => tx.roleTag);
export const policyTags = resourceTags('policyId', (tx) => tx.policyTag);
export const instanceProfileTags = resourceTags('instanceProfileId', (tx) => tx.instanceProfileTag);
export const openIdConnectProviderTags = resourceTags('providerId', (tx) => tx.openIdConnectProviderTag);
