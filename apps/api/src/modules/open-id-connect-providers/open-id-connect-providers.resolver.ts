import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../auth/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { requestTagConditionKeys, untagConditionKeys } from '../tags/tag-condition-keys';
import { createWithTags } from '../tags/tag-on-create';
import { Tag, TagConnection } from '../tags/tag.type';
import { OpenIDConnectProvider, OpenIDConnectProviderConnection } from './open-id-connect-provider.type';
import {
  CreateOpenIDConnectProviderInput,
  DeleteOpenIDConnectProviderInput,
  GetOpenIDConnectProviderArgs,
  ListOpenIDConnectProvidersArgs,
  ListOpenIDConnectProviderTagsArgs,
  OpenIDConnectProviderClientIDInput,
  TagOpenIDConnectProviderInput,
  UntagOpenIDConnectProviderInput,
  UpdateOpenIDConnectProviderThumbprintInput,
} from './open-id-connect-providers.inputs';
import * as providers from './open-id-connect-providers.service';

type ProviderArgs = { openIDConnectProviderArn: string };
/** The ARN named in the request: a provider of another account is then refused by authorization, as on AWS. */
const namedProvider = ({ args }: { args: ProviderArgs }) => args.openIDConnectProviderArn;
const namedInInput = ({ args }: { args: { input: ProviderArgs } }) => args.input.openIDConnectProviderArn;

@Resolver(() => OpenIDConnectProvider)
export class OpenIDConnectProvidersResolver {
  @Query(() => OpenIDConnectProvider)
  @IamOperation<GetOpenIDConnectProviderArgs>('iam:GetOpenIDConnectProvider', namedProvider)
  getOpenIDConnectProvider(@Args(() => GetOpenIDConnectProviderArgs) args: GetOpenIDConnectProviderArgs, @Ctx() ctx: RequestContext): Promise<OpenIDConnectProvider> {
    return providers.getOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, args.openIDConnectProviderArn);
  }

  @Query(() => OpenIDConnectProviderConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListOpenIDConnectProviders', () => '*')
  listOpenIDConnectProviders(@Args(() => ListOpenIDConnectProvidersArgs) args: ListOpenIDConnectProvidersArgs, @Ctx() ctx: RequestContext): Promise<Page<OpenIDConnectProvider>> {
    return providers.listOpenIDConnectProviders(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => TagConnection, { complexity: connectionComplexity })
  @IamOperation<ListOpenIDConnectProviderTagsArgs>('iam:ListOpenIDConnectProviderTags', namedProvider)
  listOpenIDConnectProviderTags(@Args(() => ListOpenIDConnectProviderTagsArgs) args: ListOpenIDConnectProviderTagsArgs, @Ctx() ctx: RequestContext): Promise<Page<Tag>> {
    return providers.listOpenIDConnectProviderTags(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: CreateOpenIDConnectProviderInput }>(
    'iam:CreateOpenIDConnectProvider',
    ({ args, caller, ctx }) => providers.openIdConnectProviderArnForUrl(ctx, caller.accountId, args.input.url),
    createWithTags<CreateOpenIDConnectProviderInput>('iam:TagOpenIDConnectProvider'),
  )
  createOpenIDConnectProvider(
    @Arg('input', () => CreateOpenIDConnectProviderInput) input: CreateOpenIDConnectProviderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenIDConnectProvider> {
    return providers.createOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once no such provider exists (AWS: deleting one that does not exist is no error).' })
  @IamOperation<{ input: DeleteOpenIDConnectProviderInput }>('iam:DeleteOpenIDConnectProvider', namedInInput)
  async deleteOpenIDConnectProvider(
    @Arg('input', () => DeleteOpenIDConnectProviderInput) input: DeleteOpenIDConnectProviderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await providers.deleteOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input.openIDConnectProviderArn);
    return true;
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: OpenIDConnectProviderClientIDInput }>('iam:AddClientIDToOpenIDConnectProvider', namedInInput)
  addClientIDToOpenIDConnectProvider(
    @Arg('input', () => OpenIDConnectProviderClientIDInput) input: OpenIDConnectProviderClientIDInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenIDConnectProvider> {
    return providers.addClientIDToOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: OpenIDConnectProviderClientIDInput }>('iam:RemoveClientIDFromOpenIDConnectProvider', namedInInput)
  removeClientIDFromOpenIDConnectProvider(
    @Arg('input', () => OpenIDConnectProviderClientIDInput) input: OpenIDConnectProviderClientIDInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenIDConnectProvider> {
    return providers.removeClientIDFromOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: UpdateOpenIDConnectProviderThumbprintInput }>('iam:UpdateOpenIDConnectProviderThumbprint', namedInInput)
  updateOpenIDConnectProviderThumbprint(
    @Arg('input', () => UpdateOpenIDConnectProviderThumbprintInput) input: UpdateOpenIDConnectProviderThumbprintInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenIDConnectProvider> {
    return providers.updateOpenIDConnectProviderThumbprint(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: TagOpenIDConnectProviderInput }>('iam:TagOpenIDConnectProvider', namedInInput, {
    requestConditionKeys: (args) => requestTagConditionKeys(args.input.tags),
  })
  tagOpenIDConnectProvider(@Arg('input', () => TagOpenIDConnectProviderInput) input: TagOpenIDConnectProviderInput, @Ctx() ctx: RequestContext): Promise<OpenIDConnectProvider> {
    return providers.tagOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => OpenIDConnectProvider)
  @IamOperation<{ input: UntagOpenIDConnectProviderInput }>('iam:UntagOpenIDConnectProvider', namedInInput, {
    requestConditionKeys: (args) => untagConditionKeys(args.input.tagKeys),
  })
  untagOpenIDConnectProvider(
    @Arg('input', () => UntagOpenIDConnectProviderInput) input: UntagOpenIDConnectProviderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OpenIDConnectProvider> {
    return providers.untagOpenIDConnectProvider(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @FieldResolver(() => [Tag])
  @IamOperation<unknown, OpenIDConnectProvider>('iam:ListOpenIDConnectProviderTags', ({ root }) => root.arn)
  tags(@Root() provider: OpenIDConnectProvider, @Ctx() ctx: RequestContext): Promise<Tag[]> {
    return ctx.loaders.openIdConnectProviders.tagsByProviderId.load(provider.id);
  }
}
