import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { Role } from '../roles/role.type';
import { roleArnForName } from '../roles/roles.loaders';
import { User } from '../users/user.type';
import { userArnForName } from '../users/users.loaders';
import {
  DeleteRolePermissionsBoundaryInput,
  DeleteUserPermissionsBoundaryInput,
  PutRolePermissionsBoundaryInput,
  PutUserPermissionsBoundaryInput,
} from './permissions-boundaries.inputs';
import { permissionsBoundaryConditionKeys } from './boundary-condition-keys';
import * as boundaries from './permissions-boundaries.service';

// AWS authorizes boundary changes on the user or role; the policy is the `iam:PermissionsBoundary` condition key.
const boundaryConditionKey = {
  requestConditionKeys: (args: { input: { permissionsBoundary: string } }) => permissionsBoundaryConditionKeys(args.input.permissionsBoundary),
};

@Resolver()
export class PermissionsBoundariesResolver {
  @Mutation(() => User)
  @IamOperation<{ input: PutUserPermissionsBoundaryInput }>(
    'iam:PutUserPermissionsBoundary',
    ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName),
    boundaryConditionKey,
  )
  putUserPermissionsBoundary(@Arg('input', () => PutUserPermissionsBoundaryInput) input: PutUserPermissionsBoundaryInput, @Ctx() ctx: RequestContext): Promise<User> {
    return boundaries.putUserPermissionsBoundary(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => User)
  @IamOperation<{ input: DeleteUserPermissionsBoundaryInput }>('iam:DeleteUserPermissionsBoundary', ({ args, caller, ctx }) =>
    userArnForName(ctx, caller.accountId, args.input.userName),
  )
  deleteUserPermissionsBoundary(
    @Arg('input', () => DeleteUserPermissionsBoundaryInput) input: DeleteUserPermissionsBoundaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return boundaries.deleteUserPermissionsBoundary(ctx, requireCaller(ctx.caller).accountId, input.userName);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: PutRolePermissionsBoundaryInput }>(
    'iam:PutRolePermissionsBoundary',
    ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName),
    boundaryConditionKey,
  )
  putRolePermissionsBoundary(@Arg('input', () => PutRolePermissionsBoundaryInput) input: PutRolePermissionsBoundaryInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return boundaries.putRolePermissionsBoundary(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: DeleteRolePermissionsBoundaryInput }>('iam:DeleteRolePermissionsBoundary', ({ args, caller, ctx }) =>
    roleArnForName(ctx, caller.accountId, args.input.roleName),
  )
  deleteRolePermissionsBoundary(
    @Arg('input', () => DeleteRolePermissionsBoundaryInput) input: DeleteRolePermissionsBoundaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Role> {
    return boundaries.deleteRolePermissionsBoundary(ctx, requireCaller(ctx.caller).accountId, input.roleName);
  }
}
