import {
  instanceProfileArn,
  newUniqueId,
  type InstanceProfile as InstanceProfileRow,
  type InstanceProfileTag,
  type Role as RoleRow,
} from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { assertNoDeleteConflict } from '../delete-conflict';
import { requireIdentity } from '../identities';
import { paginateBy, underPath } from '../ordered-list';
import { instanceProfileTags } from '../tags/resource-tags';
import { assertTagKeysAllowed } from '../tags/tag-rules';
import type { CreateInstanceProfileInput, InstanceProfileRoleInput, TagInstanceProfileInput, UntagInstanceProfileInput } from './instance-profiles.inputs';

// Every function takes the account it acts in: no lookup here can reach another account's rows.

/** AWS quota: one role per instance profile (not adjustable, unlike the per-account count in config.quotas). */
const rolesPerInstanceProfile = 1;

/** A stored profile with its role, as AWS's `InstanceProfile` answers it (`Roles`: none or one). */
export type InstanceProfileWithRoles = InstanceProfileRow & { roles: RoleRow[] };

type StoredProfile = InstanceProfileRow & { role: RoleRow | null };

const withRoles = ({ role, ...profile }: StoredProfile): InstanceProfileWithRoles => ({ ...profile, roles: role ? [role] : [] });

function noSuchInstanceProfile(instanceProfileName: string): IamError {
  return new IamError('NoSuchEntity', `Instance Profile ${instanceProfileName} cannot be found.`);
}

async function findInstanceProfile(db: Tx, accountId: string, instanceProfileName: string): Promise<StoredProfile | null> {
  return db.instanceProfile.findUnique({ where: { accountId_instanceProfileName: { accountId, instanceProfileName } }, include: { role: true } });
}

async function requireInstanceProfile(db: Tx, accountId: string, instanceProfileName: string): Promise<StoredProfile> {
  const profile = await findInstanceProfile(db, accountId, instanceProfileName);
  if (!profile) throw noSuchInstanceProfile(instanceProfileName);
  return profile;
}

/** The ARN of a profile named in a request, for authorization: the stored ARN when it exists, else the pathless one. */
export async function instanceProfileArnForName(ctx: RequestContext, accountId: string, instanceProfileName: string): Promise<string> {
  const profile = await ctx.prisma.instanceProfile.findUnique({
    where: { accountId_instanceProfileName: { accountId, instanceProfileName } },
    select: { arn: true },
  });
  return profile?.arn ?? instanceProfileArn(accountId, '/', instanceProfileName);
}

export async function getInstanceProfile(ctx: RequestContext, accountId: string, instanceProfileName: string): Promise<InstanceProfileWithRoles> {
  return withRoles(await requireInstanceProfile(ctx.prisma, accountId, instanceProfileName));
}

export async function listInstanceProfiles(
  ctx: RequestContext,
  accountId: string,
  options: { pathPrefix?: string; first: number; after?: string | null },
): Promise<Page<InstanceProfileWithRoles>> {
  return withRolesOnPage(await paginateBy(profilesWithRole(ctx), 'instanceProfileName', { accountId, ...underPath(options.pathPrefix) }, options));
}

/** AWS ListInstanceProfilesForRole: the profiles that hold the role. */
export async function listInstanceProfilesForRole(
  ctx: RequestContext,
  accountId: string,
  options: { roleName: string; first: number; after?: string | null },
): Promise<Page<InstanceProfileWithRoles>> {
  const role = await requireIdentity(ctx.prisma, 'role', accountId, options.roleName);
  return withRolesOnPage(await paginateBy(profilesWithRole(ctx), 'instanceProfileName', { accountId, roleId: role.id }, options));
}

/** The profile table as `paginateBy` reads it, each row with its role. */
function profilesWithRole(ctx: RequestContext) {
  type Where = NonNullable<Parameters<typeof ctx.prisma.instanceProfile.count>[0]>['where'];
  return {
    findMany: (args: { where: Where; orderBy: Record<string, 'asc'>; take: number }) => ctx.prisma.instanceProfile.findMany({ ...args, include: { role: true } }),
    count: (args: { where: Where }) => ctx.prisma.instanceProfile.count(args),
  };
}

function withRolesOnPage(page: Page<StoredProfile>): Page<InstanceProfileWithRoles> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: withRoles(edge.node) })) };
}

export function createInstanceProfile(ctx: RequestContext, accountId: string, input: CreateInstanceProfileInput): Promise<InstanceProfileWithRoles> {
  const path = input.path ?? '/';
  const tags = input.tags ?? [];
  assertTagKeysAllowed(tags.map((tag) => tag.key));
  const arn = instanceProfileArn(accountId, path, input.instanceProfileName);
  return auditedTransaction(ctx, { eventName: 'CreateInstanceProfile', resources: [arn], requestParameters: { ...input, path } }, async (tx) => {
    if (await findInstanceProfile(tx, accountId, input.instanceProfileName)) {
      throw new IamError('EntityAlreadyExists', `Instance Profile ${input.instanceProfileName} already exists.`);
    }
    const quota = ctx.config.quotas.instanceProfilesPerAccount;
    if ((await tx.instanceProfile.count({ where: { accountId } })) >= quota) throw limitExceeded('InstanceProfilesPerAccount', quota);
    const profile = await tx.instanceProfile.create({
      data: {
        id: newUniqueId('instanceProfile'),
        accountId,
        path,
        instanceProfileName: input.instanceProfileName,
        arn,
        tags: { create: tags.map(({ key, value }) => ({ key, value })) },
      },
    });
    return { ...profile, roles: [] };
  });
}

/** AWS DeleteInstanceProfile refuses while the profile holds a role. */
export function deleteInstanceProfile(ctx: RequestContext, accountId: string, instanceProfileName: string): Promise<InstanceProfileRow> {
  return auditedTransaction(ctx, { eventName: 'DeleteInstanceProfile', resources: (profile) => [profile.arn], requestParameters: { instanceProfileName } }, async (tx) => {
    const profile = await requireInstanceProfile(tx, accountId, instanceProfileName);
    assertNoDeleteConflict([profile.roleId !== null && { kind: 'Roles', step: 'remove roles from instance profile' }]);
    await tx.instanceProfile.delete({ where: { id: profile.id } });
    return profile;
  });
}

/** AWS AddRoleToInstanceProfile: a profile holds at most one role (LimitExceeded, even for the same role again). */
export function addRoleToInstanceProfile(ctx: RequestContext, accountId: string, input: InstanceProfileRoleInput): Promise<InstanceProfileWithRoles> {
  return auditedTransaction(
    ctx,
    { eventName: 'AddRoleToInstanceProfile', resources: (profile) => [profile.arn, ...profile.roles.map((role) => role.arn)], requestParameters: { ...input } },
    async (tx) => {
      const profile = await requireInstanceProfile(tx, accountId, input.instanceProfileName);
      const role = await requireIdentity(tx, 'role', accountId, input.roleName);
      if (profile.roleId !== null) throw limitExceeded('InstanceSessionsPerInstanceProfile', rolesPerInstanceProfile);
      await tx.instanceProfile.update({ where: { id: profile.id }, data: { roleId: role.id } });
      return withRoles({ ...profile, roleId: role.id, role });
    },
  );
}

/** AWS RemoveRoleFromInstanceProfile: NoSuchEntity unless that role is the profile's. */
export function removeRoleFromInstanceProfile(ctx: RequestContext, accountId: string, input: InstanceProfileRoleInput): Promise<InstanceProfileWithRoles> {
  return auditedTransaction(
    ctx,
    { eventName: 'RemoveRoleFromInstanceProfile', resources: (profile) => [profile.arn], requestParameters: { ...input } },
    async (tx) => {
      const profile = await requireInstanceProfile(tx, accountId, input.instanceProfileName);
      const role = await requireIdentity(tx, 'role', accountId, input.roleName);
      if (profile.roleId !== role.id) {
        throw new IamError('NoSuchEntity', `The role with name ${role.roleName} cannot be found in instance profile ${profile.instanceProfileName}.`);
      }
      await tx.instanceProfile.update({ where: { id: profile.id }, data: { roleId: null } });
      return withRoles({ ...profile, roleId: null, role: null });
    },
  );
}

/** AWS TagInstanceProfile: adds tags and overwrites the values of keys the profile already has. */
export function tagInstanceProfile(ctx: RequestContext, accountId: string, input: TagInstanceProfileInput): Promise<InstanceProfileWithRoles> {
  assertTagKeysAllowed(input.tags.map((tag) => tag.key));
  return auditedTransaction(ctx, { eventName: 'TagInstanceProfile', resources: (profile) => [profile.arn], requestParameters: { ...input } }, async (tx) => {
    const profile = await requireInstanceProfile(tx, accountId, input.instanceProfileName);
    await instanceProfileTags.add(tx, profile.id, input.tags, ctx.config.quotas.tagsPerResource);
    return withRoles(profile);
  });
}

/** AWS UntagInstanceProfile: keys the profile does not have are ignored. */
export function untagInstanceProfile(ctx: RequestContext, accountId: string, input: UntagInstanceProfileInput): Promise<InstanceProfileWithRoles> {
  return auditedTransaction(ctx, { eventName: 'UntagInstanceProfile', resources: (profile) => [profile.arn], requestParameters: { ...input } }, async (tx) => {
    const profile = await requireInstanceProfile(tx, accountId, input.instanceProfileName);
    await instanceProfileTags.remove(tx, profile.id, input.tagKeys);
    return withRoles(profile);
  });
}

/** AWS ListInstanceProfileTags: the profile's tags in key order. */
export async function listInstanceProfileTags(
  ctx: RequestContext,
  accountId: string,
  options: { instanceProfileName: string; first: number; after?: string | null },
): Promise<Page<InstanceProfileTag>> {
  const profile = await requireInstanceProfile(ctx.prisma, accountId, options.instanceProfileName);
  return paginateBy(ctx.prisma.instanceProfileTag, 'key', { instanceProfileId: profile.id }, options);
}
