import { openIdConnectProviderArn, type OpenIdConnectProvider as ProviderRow, type OpenIdConnectProviderTag } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { paginateBy } from '../ordered-list';
import { openIdConnectProviderTags } from '../tags/resource-tags';
import { assertTagKeysAllowed } from '../tags/tag-rules';
import { requireIssuerUrl } from './issuer-url';
import type {
  CreateOpenIDConnectProviderInput,
  OpenIDConnectProviderClientIDInput,
  TagOpenIDConnectProviderInput,
  UntagOpenIDConnectProviderInput,
  UpdateOpenIDConnectProviderThumbprintInput,
} from './open-id-connect-providers.inputs';

// Every function takes the account it acts in: a provider ARN of another account is not found here.

/** AWS quotas that are not adjustable, unlike the per-account count in config.quotas. */
const clientIdsPerProvider = 100;
const thumbprintsPerProvider = 5;

function noSuchProvider(arn: string): IamError {
  return new IamError('NoSuchEntity', `OpenIDConnect Provider not found for arn ${arn}`);
}

async function requireProvider(db: Tx, accountId: string, arn: string): Promise<ProviderRow> {
  const provider = await db.openIdConnectProvider.findUnique({ where: { arn } });
  if (!provider || provider.accountId !== accountId) throw noSuchProvider(arn);
  return provider;
}

function assertThumbprints(thumbprintList: readonly string[], field: string): void {
  if (thumbprintList.length > thumbprintsPerProvider) throw limitExceeded('ThumbprintsPerOpenIdConnectProvider', thumbprintsPerProvider);
  if (thumbprintList.some((thumbprint) => !/^[0-9a-fA-F]{40}$/.test(thumbprint))) {
    throw new IamError('InvalidInput', 'Thumbprint must be the 40 hexadecimal digits of a certificate\'s SHA-1 fingerprint.', { field });
  }
}

/** AWS keeps a list without repeats, in the order the values were first given. */
const distinct = (values: readonly string[]) => [...new Set(values)];

/** The ARN CreateOpenIDConnectProvider is authorized for: the one AWS would give the provider. */
export function openIdConnectProviderArnForUrl(ctx: RequestContext, accountId: string, url: string): string {
  return openIdConnectProviderArn(accountId, requireIssuerUrl(url, ctx.config.oidc.allowInsecureLoopback).url);
}

export function createOpenIDConnectProvider(ctx: RequestContext, accountId: string, input: CreateOpenIDConnectProviderInput): Promise<ProviderRow> {
  const { url } = requireIssuerUrl(input.url, ctx.config.oidc.allowInsecureLoopback);
  const clientIDList = distinct(input.clientIDList ?? []);
  if (clientIDList.length > clientIdsPerProvider) throw limitExceeded('ClientIdsPerOpenIdConnectProvider', clientIdsPerProvider);
  const thumbprintList = distinct(input.thumbprintList ?? []);
  assertThumbprints(thumbprintList, 'input.thumbprintList');
  const tags = input.tags ?? [];
  assertTagKeysAllowed(tags.map((tag) => tag.key));
  const arn = openIdConnectProviderArn(accountId, url);
  return auditedTransaction(
    ctx,
    { eventName: 'CreateOpenIDConnectProvider', resources: [arn], requestParameters: { ...input }, responseElements: () => ({ openIDConnectProviderArn: arn }) },
    async (tx) => {
      if (await tx.openIdConnectProvider.findUnique({ where: { accountId_url: { accountId, url } } })) {
        throw new IamError('EntityAlreadyExists', `Provider with url ${input.url} already exists.`);
      }
      const quota = ctx.config.quotas.openIdConnectProvidersPerAccount;
      if ((await tx.openIdConnectProvider.count({ where: { accountId } })) >= quota) throw limitExceeded('OpenIdConnectProvidersPerAccount', quota);
      return tx.openIdConnectProvider.create({
        data: { accountId, url, arn, clientIDList, thumbprintList, tags: { create: tags.map(({ key, value }) => ({ key, value })) } },
      });
    },
  );
}

export function getOpenIDConnectProvider(ctx: RequestContext, accountId: string, arn: string): Promise<ProviderRow> {
  return requireProvider(ctx.prisma, accountId, arn);
}

/** AWS ListOpenIDConnectProviders: the account's providers in ARN order (one page holds AWS's quota of 100). */
export function listOpenIDConnectProviders(ctx: RequestContext, accountId: string, options: { first: number; after?: string | null }): Promise<Page<ProviderRow>> {
  return paginateBy(ctx.prisma.openIdConnectProvider, 'arn', { accountId }, options);
}

/**
 * AWS DeleteOpenIDConnectProvider is idempotent: a provider that does not exist is no error. Roles that trust it
 * are left as they are; assuming them with its tokens fails from now on.
 */
export function deleteOpenIDConnectProvider(ctx: RequestContext, accountId: string, arn: string): Promise<ProviderRow | null> {
  return auditedTransaction(ctx, { eventName: 'DeleteOpenIDConnectProvider', resources: [arn], requestParameters: { openIDConnectProviderArn: arn } }, async (tx) => {
    const provider = await tx.openIdConnectProvider.findUnique({ where: { arn } });
    if (!provider || provider.accountId !== accountId) return null;
    await tx.openIdConnectProvider.delete({ where: { id: provider.id } });
    return provider;
  });
}

/** A change to one provider's row, audited under the operation's name; the provider as it is afterwards. */
function updateProvider(
  ctx: RequestContext,
  accountId: string,
  eventName: string,
  input: { openIDConnectProviderArn: string },
  change: (tx: Tx, provider: ProviderRow) => Promise<ProviderRow>,
): Promise<ProviderRow> {
  return auditedTransaction(ctx, { eventName, resources: [input.openIDConnectProviderArn], requestParameters: { ...input } }, async (tx) =>
    change(tx, await requireProvider(tx, accountId, input.openIDConnectProviderArn)),
  );
}

/** AWS AddClientIDToOpenIDConnectProvider: adding a client ID the provider has already is no error. */
export function addClientIDToOpenIDConnectProvider(ctx: RequestContext, accountId: string, input: OpenIDConnectProviderClientIDInput): Promise<ProviderRow> {
  return updateProvider(ctx, accountId, 'AddClientIDToOpenIDConnectProvider', input, async (tx, provider) => {
    if (provider.clientIDList.includes(input.clientID)) return provider;
    if (provider.clientIDList.length >= clientIdsPerProvider) throw limitExceeded('ClientIdsPerOpenIdConnectProvider', clientIdsPerProvider);
    return tx.openIdConnectProvider.update({ where: { id: provider.id }, data: { clientIDList: [...provider.clientIDList, input.clientID] } });
  });
}

/** AWS RemoveClientIDFromOpenIDConnectProvider: removing a client ID the provider does not have is no error. */
export function removeClientIDFromOpenIDConnectProvider(ctx: RequestContext, accountId: string, input: OpenIDConnectProviderClientIDInput): Promise<ProviderRow> {
  return updateProvider(ctx, accountId, 'RemoveClientIDFromOpenIDConnectProvider', input, (tx, provider) =>
    tx.openIdConnectProvider.update({ where: { id: provider.id }, data: { clientIDList: provider.clientIDList.filter((id) => id !== input.clientID) } }),
  );
}

/** AWS UpdateOpenIDConnectProviderThumbprint: replaces the whole list. */
export function updateOpenIDConnectProviderThumbprint(
  ctx: RequestContext,
  accountId: string,
  input: UpdateOpenIDConnectProviderThumbprintInput,
): Promise<ProviderRow> {
  const thumbprintList = distinct(input.thumbprintList);
  assertThumbprints(thumbprintList, 'input.thumbprintList');
  return updateProvider(ctx, accountId, 'UpdateOpenIDConnectProviderThumbprint', input, (tx, provider) =>
    tx.openIdConnectProvider.update({ where: { id: provider.id }, data: { thumbprintList } }),
  );
}

/** AWS TagOpenIDConnectProvider: adds tags and overwrites the values of keys the provider already has. */
export function tagOpenIDConnectProvider(ctx: RequestContext, accountId: string, input: TagOpenIDConnectProviderInput): Promise<ProviderRow> {
  assertTagKeysAllowed(input.tags.map((tag) => tag.key));
  return updateProvider(ctx, accountId, 'TagOpenIDConnectProvider', input, async (tx, provider) => {
    await openIdConnectProviderTags.add(tx, provider.id, input.tags, ctx.config.quotas.tagsPerResource);
    return provider;
  });
}

/** AWS UntagOpenIDConnectProvider: keys the provider does not have are ignored. */
export function untagOpenIDConnectProvider(ctx: RequestContext, accountId: string, input: UntagOpenIDConnectProviderInput): Promise<ProviderRow> {
  return updateProvider(ctx, accountId, 'UntagOpenIDConnectProvider', input, async (tx, provider) => {
    await openIdConnectProviderTags.remove(tx, provider.id, input.tagKeys);
    return provider;
  });
}

/** AWS ListOpenIDConnectProviderTags: the provider's tags in key order. */
export async function listOpenIDConnectProviderTags(
  ctx: RequestContext,
  accountId: string,
  options: { openIDConnectProviderArn: string; first: number; after?: string | null },
): Promise<Page<OpenIdConnectProviderTag>> {
  const provider = await requireProvider(ctx.prisma, accountId, options.openIDConnectProviderArn);
  return paginateBy(ctx.prisma.openIdConnectProviderTag, 'key', { providerId: provider.id }, options);
}
