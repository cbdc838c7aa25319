import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller, type Caller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { credentialOwnerArn, credentialOwnerName } from '../credential-owner';
import { AccessKey, AccessKeyMetadata, AccessKeyMetadataConnection, GetAccessKeyLastUsedResult } from './access-key.type';
import {
  CreateAccessKeyInput,
  DeleteAccessKeyInput,
  GetAccessKeyLastUsedArgs,
  ListAccessKeysArgs,
  UpdateAccessKeyInput,
} from './access-keys.inputs';
import { accessKeyOwnerArn } from './access-keys.loaders';
import * as accessKeys from './access-keys.service';

/** AWS: access key actions take the owning user as their resource (the root user for root keys). */
function ownerArn(ctx: RequestContext, caller: Caller, userName: string | null | undefined): Promise<string> {
  return credentialOwnerArn(ctx, caller.accountId, credentialOwnerName(caller, userName));
}

@Resolver()
export class AccessKeysResolver {
  @Mutation(() => AccessKey, { description: 'The secret access key is in this response only.' })
  @IamOperation<{ input?: CreateAccessKeyInput }>('iam:CreateAccessKey', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.input?.userName))
  createAccessKey(@Arg('input', () => CreateAccessKeyInput, { nullable: true }) input: CreateAccessKeyInput | undefined, @Ctx() ctx: RequestContext): Promise<AccessKey> {
    const caller = requireCaller(ctx.caller);
    return accessKeys.createAccessKey(ctx, caller.accountId, credentialOwnerName(caller, input?.userName));
  }

  @Mutation(() => AccessKeyMetadata)
  @IamOperation<{ input: UpdateAccessKeyInput }>('iam:UpdateAccessKey', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.input?.userName))
  updateAccessKey(@Arg('input', () => UpdateAccessKeyInput) input: UpdateAccessKeyInput, @Ctx() ctx: RequestContext): Promise<AccessKeyMetadata> {
    const caller = requireCaller(ctx.caller);
    return accessKeys.updateAccessKey(ctx, caller.accountId, credentialOwnerName(caller, input.userName), input);
  }

  @Mutation(() => Boolean, { description: 'True once the key is deleted.' })
  @IamOperation<{ input: DeleteAccessKeyInput }>('iam:DeleteAccessKey', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.input?.userName))
  async deleteAccessKey(@Arg('input', () => DeleteAccessKeyInput) input: DeleteAccessKeyInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    const caller = requireCaller(ctx.caller);
    await accessKeys.deleteAccessKey(ctx, caller.accountId, credentialOwnerName(caller, input.userName), input.accessKeyId);
    return true;
  }

  @Query(() => AccessKeyMetadataConnection, { complexity: connectionComplexity })
  @IamOperation<ListAccessKeysArgs>('iam:ListAccessKeys', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.userName))
  listAccessKeys(@Args(() => ListAccessKeysArgs) args: ListAccessKeysArgs, @Ctx() ctx: RequestContext): Promise<Page<AccessKeyMetadata>> {
    const caller = requireCaller(ctx.caller);
    return accessKeys.listAccessKeys(ctx, caller.accountId, credentialOwnerName(caller, args.userName), args);
  }

  @Query(() => GetAccessKeyLastUsedResult)
  @IamOperation<GetAccessKeyLastUsedArgs>('iam:GetAccessKeyLastUsed', ({ args, caller, ctx }) => accessKeyOwnerArn(ctx, caller.accountId, args.accessKeyId))
  getAccessKeyLastUsed(@Args(() => GetAccessKeyLastUsedArgs) args: GetAccessKeyLastUsedArgs, @Ctx() ctx: RequestContext): Promise<GetAccessKeyLastUsedResult> {
    return accessKeys.getAccessKeyLastUsed(ctx, requireCaller(ctx.caller).accountId, args.accessKeyId);
  }
}
