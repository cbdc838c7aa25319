import { generateAccessKeyPair } from '@gatehouse/credentials';
import type { AccessKey as AccessKeyRow, AccessKeyStatus } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { credentialOwnerParameters, requireCredentialOwner, type CredentialOwner, type CredentialOwnerName } from '../credential-owner';
import { paginateBy } from '../ordered-list';
import type { AccessKey, AccessKeyMetadata, GetAccessKeyLastUsedResult } from './access-key.type';

// Every function takes the account it acts in; keys are found through their owner, so a key id of another user
// (or another account) is "not found", as in AWS.

/** A key's metadata with its owner, whose ARN the audit event records. */
interface OwnedKey {
  owner: CredentialOwner;
  metadata: AccessKeyMetadata;
}

/** AWS's text for an unknown key. */
export function noSuchAccessKey(accessKeyId: string): IamError {
  return new IamError('NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`);
}

/**
 * AWS CreateAccessKey: a new Active key; the secret is generated here, sealed under the server key with the key id
 * as context, and returned only in this result. The audit event records the key id, never the secret.
 */
export async function createAccessKey(ctx: RequestContext, accountId: string, ownerName: CredentialOwnerName): Promise<AccessKey> {
  const { accessKeyId, secretAccessKey } = generateAccessKeyPair('longTerm');
  const created = await auditedTransaction<OwnedKey>(
    ctx,
    {
      eventName: 'CreateAccessKey',
      resources: ({ owner }) => [owner.arn],
      requestParameters: credentialOwnerParameters(ownerName),
      responseElements: ({ metadata }) => ({ accessKey: metadata }),
    },
    async (tx) => {
      const owner = await requireCredentialOwner(tx, accountId, ownerName);
      const quota = ctx.config.quotas.accessKeysPerUser;
      if ((await tx.accessKey.count({ where: { accountId, userId: owner.userId } })) >= quota) {
        throw limitExceeded('AccessKeysPerUser', quota);
      }
      const row = await tx.accessKey.create({
        data: { accessKeyId, accountId, userId: owner.userId, secretSealed: ctx.secretBox.seal(secretAccessKey, accessKeyId) },
      });
      return { owner, metadata: toMetadata(row, owner) };
    },
  );
  return { ...created.metadata, secretAccessKey };
}

/** AWS UpdateAccessKey: Active ↔ Inactive; an Inactive key stops signing requests at once. */
export async function updateAccessKey(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  input: { accessKeyId: string; status: AccessKeyStatus },
): Promise<AccessKeyMetadata> {
  const updated = await auditedTransaction<OwnedKey>(
    ctx,
    {
      eventName: 'UpdateAccessKey',
      resources: ({ owner }) => [owner.arn],
      requestParameters: { ...credentialOwnerParameters(ownerName), ...input },
    },
    async (tx) => {
      const { owner, key } = await requireOwnedKey(tx, accountId, ownerName, input.accessKeyId);
      const row = await tx.accessKey.update({ where: { accessKeyId: key.accessKeyId }, data: { status: input.status } });
      return { owner, metadata: toMetadata(row, owner) };
    },
  );
  return updated.metadata;
}

export async function deleteAccessKey(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  accessKeyId: string,
): Promise<void> {
  await auditedTransaction<CredentialOwner>(
    ctx,
    { eventName: 'DeleteAccessKey', resources: (owner) => [owner.arn], requestParameters: { ...credentialOwnerParameters(ownerName), accessKeyId } },
    async (tx) => {
      const { owner, key } = await requireOwnedKey(tx, accountId, ownerName, accessKeyId);
      await tx.accessKey.delete({ where: { accessKeyId: key.accessKeyId } });
      return owner;
    },
  );
}

/** AWS ListAccessKeys: the owner's keys (at most two), oldest first; NoSuchEntity when the user does not exist. */
export async function listAccessKeys(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  options: { first: number; after?: string | null },
): Promise<Page<AccessKeyMetadata>> {
  const owner = await requireCredentialOwner(ctx.prisma, accountId, ownerName);
  const page = await paginateBy(ctx.prisma.accessKey, 'accessKeyId', { accountId, userId: owner.userId }, options);
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toMetadata(edge.node, owner) })) };
}

/** AWS GetAccessKeyLastUsed: when, where and with which service the key last signed a request. */
export async function getAccessKeyLastUsed(ctx: RequestContext, accountId: string, accessKeyId: string): Promise<GetAccessKeyLastUsedResult> {
  const key = await ctx.loaders.accessKeys.accessKeyById.load(accessKeyId);
  if (!key || key.accountId !== accountId) throw noSuchAccessKey(accessKeyId);
  return {
    userName: key.user?.userName ?? null,
    accessKeyLastUsed: {
      lastUsedDate: key.lastUsedDate,
      // AWS: "N/A" until the key has been used.
      serviceName: key.lastUsedService ?? 'N/A',
      region: key.lastUsedRegion ?? 'N/A',
    },
  };
}

async function requireOwnedKey(
  tx: Tx,
  accountId: string,
  ownerName: CredentialOwnerName,
  accessKeyId: string,
): Promise<{ owner: CredentialOwner; key: AccessKeyRow }> {
  const owner = await requireCredentialOwner(tx, accountId, ownerName);
  const key = await tx.accessKey.findFirst({ where: { accessKeyId, accountId, userId: owner.userId } });
  if (!key) throw noSuchAccessKey(accessKeyId);
  return { owner, key };
}

function toMetadata(row: AccessKeyRow, owner: CredentialOwner): AccessKeyMetadata {
  return { userName: owner.userName, accessKeyId: row.accessKeyId, status: row.status, createDate: row.createDate };
}
