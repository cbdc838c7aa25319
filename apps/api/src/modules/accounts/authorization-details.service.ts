import type { Prisma } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import type { GoverningPolicies, PrincipalKind } from '../../principals/governing-policies';
import { paginate } from '../../graphql/connections';
import { AuthorizationDetailsEntity as Entity } from './accounts.inputs';
import type { AccountAuthorizationDetails, AccountAuthorizationDetailsPage, AttachedPolicy, GroupDetail, ManagedPolicyDetail, RoleDetail, UserDetail } from './authorization-details.type';

/** The principal's own policies (not its groups'), as GetAccountAuthorizationDetails lists them. */
function ownPolicies(governing: GoverningPolicies) {
  const own = governing.identityPolicies.filter((policy) => policy.viaGroup === null);
  return {
    attachedManagedPolicies: own.flatMap((policy): AttachedPolicy[] => (policy.policyArn === null ? [] : [{ policyName: policy.policyName, policyArn: policy.policyArn }])),
    inlinePolicies: own.filter((policy) => policy.policyArn === null).map((policy) => ({ policyName: policy.policyName, policyDocument: policy.document })),
    permissionsBoundary: governing.permissionsBoundary?.policyArn
      ? { permissionsBoundaryType: 'Policy' as const, permissionsBoundaryArn: governing.permissionsBoundary.policyArn }
      : null,
  };
}

/** A page's entities, each with the key the page is ordered by within its kind. */
interface Keyed<TDetail> {
  key: string;
  detail: TDetail;
}

/**
 * One kind of entity in the response: how to read its details in key order after a key, and how many there are.
 * A page walks the kinds in AWS's response order: users, groups, roles, then managed policies. The policies, groups
 * and tags of users, groups and roles come from their governing policies (src/principals/).
 */
interface Section<TDetail> {
  fetch(ctx: RequestContext, accountId: string, afterKey: string | undefined, take: number): Promise<Keyed<TDetail>[]>;
  count(ctx: RequestContext, accountId: string): Promise<number>;
}

/** Principals of one kind in name order after a key, each with its governing policies. */
async function principalsPage<TRow extends { id: string }>(ctx: RequestContext, kind: PrincipalKind, rows: TRow[]): Promise<Array<{ row: TRow; governing: GoverningPolicies }>> {
  const governing = await ctx.governingPolicies.getMany(
    kind,
    rows.map((row) => row.id),
  );
  // A principal deleted between the two reads is left out, as if the page had been read a moment later.
  return rows.flatMap((row) => {
    const policies = governing.get(row.id);
    return policies ? [{ row, governing: policies }] : [];
  });
}

const entityColumns = { id: true, arn: true, path: true, createDate: true } as const;

const userSection: Section<UserDetail> = {
  async fetch(ctx, accountId, afterKey, take) {
    const users = await ctx.prisma.user.findMany({
      where: { accountId, ...(afterKey === undefined ? {} : { userName: { gt: afterKey } }) },
      orderBy: { userName: 'asc' },
      take,
      select: { ...entityColumns, userName: true },
    });
    return (await principalsPage(ctx, 'user', users)).map(({ row: user, governing }) => {
      const own = ownPolicies(governing);
      return {
        key: user.userName,
        detail: {
          userName: user.userName,
          userId: user.id,
          arn: user.arn,
          path: user.path,
          createDate: user.createDate,
          userPolicyList: own.inlinePolicies,
          groupList: governing.groups.map((group) => group.groupName),
          attachedManagedPolicies: own.attachedManagedPolicies,
          permissionsBoundary: own.permissionsBoundary,
          tags: governing.tags,
        },
      };
    });
  },
  count: (ctx, accountId) => ctx.prisma.user.count({ where: { accountId } }),
};

const groupSection: Section<GroupDetail> = {
  async fetch(ctx, accountId, afterKey, take) {
    const groups = await ctx.prisma.group.findMany({
      where: { accountId, ...(afterKey === undefined ? {} : { groupName: { gt: afterKey } }) },
      orderBy: { groupName: 'asc' },
      take,
      select: { ...entityColumns, groupName: true },
    });
    return (await principalsPage(ctx, 'group', groups)).map(({ row: group, governing }) => {
      const own = ownPolicies(governing);
      return {
        key: group.groupName,
        detail: {
          groupName: group.groupName,
          groupId: group.id,
          arn: group.arn,
          path: group.path,
          createDate: group.createDate,
          groupPolicyList: own.inlinePolicies,
          attachedManagedPolicies: own.attachedManagedPolicies,
        },
      };
    });
  },
  count: (ctx, accountId) => ctx.prisma.group.count({ where: { accountId } }),
};

const roleSection: Section<RoleDetail> = {
  async fetch(ctx, accountId, afterKey, take) {
    const roles = await ctx.prisma.role.findMany({
      where: { accountId, ...(afterKey === undefined ? {} : { roleName: { gt: afterKey } }) },
      orderBy: { roleName: 'asc' },
      take,
      select: { ...entityColumns, roleName: true },
    });
    return (await principalsPage(ctx, 'role', roles)).map(({ row: role, governing }) => {
      const own = ownPolicies(governing);
      return {
        key: role.roleName,
        detail: {
          roleName: role.roleName,
          roleId: role.id,
          arn: role.arn,
          path: role.path,
          createDate: role.createDate,
          assumeRolePolicyDocument: governing.assumeRolePolicyDocument ?? '',
          rolePolicyList: own.inlinePolicies,
          attachedManagedPolicies: own.attachedManagedPolicies,
          permissionsBoundary: own.permissionsBoundary,
          tags: governing.tags,
        },
      };
    });
  },
  count: (ctx, accountId) => ctx.prisma.role.count({ where: { accountId } }),
};

/** The response's lists in AWS's order; a cursor names its entity's list by this position. */
const listNames = ['userDetailList', 'groupDetailList', 'roleDetailList', 'policies'] as const;
type ListName = (typeof listNames)[number];
type Lists = Pick<AccountAuthorizationDetails, ListName>;
type Entry = { [L in ListName]: { list: L; key: string; detail: Lists[L][number] } }[ListName];
type Cursor = [listIndex: number, key: string];

const isCursor = (value: unknown): value is Cursor =>
  Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && value[0] >= 0 && value[0] < listNames.length && typeof value[1] === 'string';

/**
 * AWS GetAccountAuthorizationDetails: users, groups, roles and managed policies with their attachments and documents.
 * `filter` picks the kinds; AWS managed policies are listed only when attached to something in this account,
 * customer managed ones always. Like AWS's MaxItems and Marker, `first` counts entities across all four lists and
 * `after` resumes after the last one of the previous page, whatever its kind.
 */
export async function getAccountAuthorizationDetails(
  ctx: RequestContext,
  accountId: string,
  args: { filter?: readonly Entity[]; first: number; after?: string | null },
): Promise<AccountAuthorizationDetailsPage> {
  const wanted = new Set(args.filter?.length ? args.filter : Object.values(Entity));
  const sections: { [L in ListName]: Section<Lists[L][number]> | undefined } = {
    userDetailList: wanted.has(Entity.User) ? userSection : undefined,
    groupDetailList: wanted.has(Entity.Group) ? groupSection : undefined,
    roleDetailList: wanted.has(Entity.Role) ? roleSection : undefined,
    policies: wanted.has(Entity.LocalManagedPolicy) || wanted.has(Entity.AWSManagedPolicy) ? managedPolicySection(wanted) : undefined,
  };
  const page = await paginate<Entry, Cursor>({
    first: args.first,
    after: args.after,
    isKey: isCursor,
    keyOf: (entry) => [listNames.indexOf(entry.list), entry.key],
    // Kinds one after another, each continuing what the page still has room for.
    fetch: async (limit, cursor) => {
      const entries: Entry[] = [];
      for (const [index, list] of listNames.entries()) {
        const section = sections[list];
        if (!section || entries.length >= limit || (cursor && index < cursor[0])) continue;
        const rows = await section.fetch(ctx, accountId, cursor && index === cursor[0] ? cursor[1] : undefined, limit - entries.length);
        entries.push(...rows.map(({ key, detail }) => ({ list, key, detail }) as Entry));
      }
      return entries;
    },
    countTotal: async () => {
      const counts = await Promise.all(listNames.map((list) => sections[list]?.count(ctx, accountId) ?? 0));
      return counts.reduce((sum, count) => sum + count, 0);
    },
  });
  const lists: Lists = { userDetailList: [], groupDetailList: [], roleDetailList: [], policies: [] };
  for (const { node } of page.edges) (lists[node.list] as Array<typeof node.detail>).push(node.detail);
  return { ...lists, pageInfo: page.pageInfo, countTotal: page.countTotal };
}

/** Managed policies in ARN order: the account's own (LocalManagedPolicy) and the AWS managed ones it attached. */
function managedPolicySection(wanted: ReadonlySet<Entity>): Section<ManagedPolicyDetail> {
  const where = (accountId: string): Prisma.ManagedPolicyWhereInput => {
    const attachedHere = {
      OR: [
        { userAttachments: { some: { user: { accountId } } } },
        { groupAttachments: { some: { group: { accountId } } } },
        { roleAttachments: { some: { role: { accountId } } } },
      ],
    } satisfies Prisma.ManagedPolicyWhereInput;
    return {
      OR: [
        ...(wanted.has(Entity.LocalManagedPolicy) ? [{ accountId }] : []),
        ...(wanted.has(Entity.AWSManagedPolicy) ? [{ accountId: null, ...attachedHere }] : []),
      ],
    };
  };
  return {
    async fetch(ctx, accountId, afterKey, take) {
      // Attachments and boundary uses are counted within this account only: AWS managed policies are shared.
      const inAccount = {
        userAttachments: { where: { user: { accountId } } },
        groupAttachments: { where: { group: { accountId } } },
        roleAttachments: { where: { role: { accountId } } },
        userBoundaryOf: { where: { accountId } },
        roleBoundaryOf: { where: { accountId } },
      } satisfies Prisma.ManagedPolicyCountOutputTypeSelect;
      const rows = await ctx.prisma.managedPolicy.findMany({
        where: { AND: [where(accountId), ...(afterKey === undefined ? [] : [{ arn: { gt: afterKey } }])] },
        orderBy: { arn: 'asc' },
        take,
        include: { versions: { orderBy: { createDate: 'asc' } }, _count: { select: inAccount } },
      });
      return rows.map((policy) => ({
        key: policy.arn,
        detail: {
          policyName: policy.policyName,
          policyId: policy.id,
          arn: policy.arn,
          path: policy.path,
          defaultVersionId: policy.defaultVersionId,
          attachmentCount: policy._count.userAttachments + policy._count.groupAttachments + policy._count.roleAttachments,
          permissionsBoundaryUsageCount: policy._count.userBoundaryOf + policy._count.roleBoundaryOf,
          isAttachable: policy.isAttachable,
          description: policy.description,
          createDate: policy.createDate,
          updateDate: policy.updateDate,
          policyVersionList: policy.versions.map((version) => ({
            versionId: version.versionId,
            document: version.document,
            isDefaultVersion: version.versionId === policy.defaultVersionId,
            createDate: version.createDate,
          })),
        },
      }));
    },
    count: (ctx, accountId) => ctx.prisma.managedPolicy.count({ where: where(accountId) }),
  };
}
