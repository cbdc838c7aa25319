import DataLoader from 'dataloader';
import type { AccessKey as AccessKeyRow } from '@gatehouse/db';
import { rootArn } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import type { LoaderScope } from '../loader-scope';

export type AccessKeyWithOwner = AccessKeyRow & { user: { userName: string; arn: string } | null };

export function createAccessKeysLoaders({ prisma, accountId }: LoaderScope) {
  return {
    /** Keys of the caller's account by id, with their owner (null: the root user's key). */
    accessKeyById: new DataLoader<string, AccessKeyWithOwner | null>(async (accessKeyIds) => {
      const rows = await prisma.accessKey.findMany({
        where: { accountId: accountId(), accessKeyId: { in: [...accessKeyIds] } },
        include: { user: { select: { userName: true, arn: true } } },
      });
      const byId = new Map(rows.map((row) => [row.accessKeyId, row]));
      return accessKeyIds.map((accessKeyId) => byId.get(accessKeyId) ?? null);
    }),
  };
}

/**
 * The resource of an operation on one key: its owner's ARN. A key that is not in the caller's account is
 * authorized against every user of the account (`user/*`), so that only a caller allowed that broadly learns
 * whether the key exists.
 */
export async function accessKeyOwnerArn(ctx: RequestContext, accountId: string, accessKeyId: string): Promise<string> {
  const key = await ctx.loaders.accessKeys.accessKeyById.load(accessKeyId);
  if (!key) return `arn:aws:iam::${accountId}:user/*`;
  return key.user?.arn ?? rootArn(accountId);
}
