import { compilePolicy, type CompiledPolicy } from '@gatehouse/evaluator';
import type { Prisma, PrismaClient } from '@gatehouse/db';
import { sourceNotifications } from './governing-sources';

/** A principal whose policies can be read: an IAM user or role, or a group (for the simulator and the console). */
export type PrincipalKind = 'user' | 'group' | 'role';

export interface PrincipalRef {
  kind: PrincipalKind;
  id: string;
}

/** AWS's PolicySourceType for a stored policy: a managed policy, or an inline policy and the kind of its owner. */
export type GoverningPolicySource = 'aws_managed' | 'user_managed' | PrincipalKind;

/** One policy as it governs the principal: attached to it, or to one of its groups. */
export interface GoverningPolicy {
  policyName: string;
  /** Managed policies only. */
  policyArn: string | null;
  source: GoverningPolicySource;
  /** The group it comes through; null when it is the principal's own. */
  viaGroup: { groupName: string; arn: string } | null;
  /** The document as stored: a managed policy's default version, or the inline policy's text. */
  document: string;
  /** Named as a denial names it: a managed policy by its ARN, an inline one `NAME (inline policy of OWNER_ARN)`. */
  compiled: CompiledPolicy;
}

/** The principal and everything stored that governs what it may do. */
export interface GoverningPolicies {
  principal: PrincipalRef & { accountId: string; arn: string; name: string };
  /** Managed and inline policies, the principal's own and then each group's, as attached (one attached twice shows twice). */
  identityPolicies: GoverningPolicy[];
  permissionsBoundary: GoverningPolicy | null;
  /** What the evaluator is given: each distinct identity policy once, managed ones first. */
  evaluatedIdentityPolicies: CompiledPolicy[];
  /** Users and roles, ordered by key; for `aws:PrincipalTag/…` and the console. */
  tags: Array<{ key: string; value: string }>;
  principalTags: Record<string, string>;
  /** A user's groups, by name. */
  groups: Array<{ groupName: string; arn: string }>;
  /** A role's trust policy, as stored. */
  assumeRolePolicyDocument: string | null;
  /** The change notifications (`Table:key`, governing-sources.ts) after which this value is stale. */
  sources: string[];
}

const managedPolicy = { select: { id: true, arn: true, policyName: true, accountId: true, defaultVersionId: true } } as const;
const ownPolicies = {
  attachedPolicies: { select: { policy: managedPolicy }, orderBy: { policy: { policyName: 'asc' } } },
  inlinePolicies: { select: { policyName: true, policyDocument: true }, orderBy: { policyName: 'asc' } },
} as const;
const tags = { select: { key: true, value: true }, orderBy: { key: 'asc' } } as const;

const userSelect = {
  id: true,
  accountId: true,
  arn: true,
  userName: true,
  permissionsBoundary: managedPolicy,
  tags,
  ...ownPolicies,
  groupMemberships: {
    select: { group: { select: { id: true, arn: true, groupName: true, ...ownPolicies } } },
    orderBy: { group: { groupName: 'asc' } },
  },
} as const satisfies Prisma.UserSelect;
const groupSelect = { id: true, accountId: true, arn: true, groupName: true, ...ownPolicies } as const satisfies Prisma.GroupSelect;
const roleSelect = {
  id: true,
  accountId: true,
  arn: true,
  roleName: true,
  assumeRolePolicyDocument: true,
  permissionsBoundary: managedPolicy,
  tags,
  ...ownPolicies,
} as const satisfies Prisma.RoleSelect;

type ManagedPolicyRow = Prisma.ManagedPolicyGetPayload<typeof managedPolicy>;
type OwnPoliciesRow = Prisma.GroupGetPayload<{ select: typeof ownPolicies }>;

// A bound on memory per API process; a version pushed out is simply read again.
const MAX_MANAGED_VERSIONS = 10_000;

/**
 * Managed policy versions compiled once, shared by every principal they are attached to: a version never changes once
 * written (AWS), so `policyId:versionId` names its compiled form for good.
 */
export class CompiledVersions {
  private readonly versions = new Map<string, { document: string; compiled: CompiledPolicy }>();

  async read(db: PrismaClient, policies: readonly ManagedPolicyRow[]): Promise<Map<string, { document: string; compiled: CompiledPolicy }>> {
    const missing = [...new Map(policies.filter((policy) => !this.versions.has(versionKey(policy))).map((policy) => [policy.id, policy])).values()];
    const rows = missing.length
      ? await db.policyVersion.findMany({
          where: { OR: missing.map((policy) => ({ policyId: policy.id, versionId: policy.defaultVersionId })) },
          select: { policyId: true, versionId: true, document: true },
        })
      : [];
    const documents = new Map(rows.map((row) => [`${row.policyId}:${row.versionId}`, row.document]));
    const result = new Map<string, { document: string; compiled: CompiledPolicy }>();
    for (const policy of policies) {
      const key = versionKey(policy);
      const cached = this.versions.get(key);
      if (cached) {
        this.versions.delete(key);
        this.versions.set(key, cached);
        result.set(policy.id, cached);
        continue;
      }
      // compilePolicy never throws: a document that does not parse, or a missing version (''), compiles to a policy
      // that makes evaluation fail closed instead of being skipped. Only a version actually read is kept.
      const document = documents.get(key);
      const version = { document: document ?? '', compiled: compilePolicy(document ?? '', policy.arn) };
      if (document !== undefined) {
        this.versions.set(key, version);
        if (this.versions.size > MAX_MANAGED_VERSIONS) this.versions.delete(this.versions.keys().next().value!);
      }
      result.set(policy.id, version);
    }
    return result;
  }
}

function versionKey(policy: ManagedPolicyRow): string {
  return `${policy.id}:${policy.defaultVersionId}`;
}

/**
 * The one loader of governing policies: the principals `ids` of `kind` with their own policies, their groups' (users),
 * boundary, tags and trust policy (roles), in one query and one more for managed versions not compiled yet. A
 * principal that does not exist is absent from the answer.
 */
export async function loadGoverningPolicies(
  db: PrismaClient,
  versions: CompiledVersions,
  kind: PrincipalKind,
  ids: readonly string[],
): Promise<Map<string, GoverningPolicies>> {
  const where = { id: { in: [...ids] } };
  const rows: Raw[] =
    kind === 'user'
      ? (await db.user.findMany({ where, select: userSelect })).map((user) => ({
          ref: { kind, id: user.id, accountId: user.accountId, arn: user.arn, name: user.userName },
          own: user,
          groups: user.groupMemberships.map((membership) => membership.group),
          boundary: user.permissionsBoundary,
          tags: user.tags,
          assumeRolePolicyDocument: null,
        }))
      : kind === 'role'
        ? (await db.role.findMany({ where, select: roleSelect })).map((role) => ({
            ref: { kind, id: role.id, accountId: role.accountId, arn: role.arn, name: role.roleName },
            own: role,
            groups: [],
            boundary: role.permissionsBoundary,
            tags: role.tags,
            assumeRolePolicyDocument: role.assumeRolePolicyDocument,
          }))
        : (await db.group.findMany({ where, select: groupSelect })).map((group) => ({
            ref: { kind, id: group.id, accountId: group.accountId, arn: group.arn, name: group.groupName },
            own: group,
            groups: [],
            boundary: null,
            tags: [],
            assumeRolePolicyDocument: null,
          }));
  const managed = rows.flatMap((row) => [
    ...[row.own, ...row.groups].flatMap((owner) => owner.attachedPolicies.map((attachment) => attachment.policy)),
    ...(row.boundary ? [row.boundary] : []),
  ]);
  const compiled = await versions.read(db, managed);
  return new Map(rows.map((row) => [row.ref.id, assemble(row, compiled)]));
}

interface Raw {
  ref: GoverningPolicies['principal'];
  own: OwnPoliciesRow;
  groups: Array<OwnPoliciesRow & { id: string; arn: string; groupName: string }>;
  boundary: ManagedPolicyRow | null;
  tags: Array<{ key: string; value: string }>;
  assumeRolePolicyDocument: string | null;
}

function assemble(row: Raw, versions: Map<string, { document: string; compiled: CompiledPolicy }>): GoverningPolicies {
  const managed = (policy: ManagedPolicyRow, viaGroup: GoverningPolicy['viaGroup']): GoverningPolicy => {
    const version = versions.get(policy.id)!;
    return {
      policyName: policy.policyName,
      policyArn: policy.arn,
      source: policy.accountId === null ? 'aws_managed' : 'user_managed',
      viaGroup,
      document: version.document,
      compiled: version.compiled,
    };
  };
  const inline = (ownerKind: PrincipalKind, ownerArn: string, policy: { policyName: string; policyDocument: string }, viaGroup: GoverningPolicy['viaGroup']): GoverningPolicy => ({
    policyName: policy.policyName,
    policyArn: null,
    source: ownerKind,
    viaGroup,
    document: policy.policyDocument,
    compiled: compilePolicy(policy.policyDocument, `${policy.policyName} (inline policy of ${ownerArn})`),
  });
  const owners = [
    { kind: row.ref.kind, arn: row.ref.arn, policies: row.own, viaGroup: null },
    ...row.groups.map((group) => ({ kind: 'group' as const, arn: group.arn, policies: group, viaGroup: { groupName: group.groupName, arn: group.arn } })),
  ];
  const attached = owners.flatMap((owner) => owner.policies.attachedPolicies.map((attachment) => managed(attachment.policy, owner.viaGroup)));
  const inlines = owners.flatMap((owner) => owner.policies.inlinePolicies.map((policy) => inline(owner.kind, owner.arn, policy, owner.viaGroup)));
  // A policy attached both to the user and to one of its groups counts once.
  const evaluatedManaged = [...new Map(attached.map((policy) => [policy.policyArn, policy.compiled])).values()];
  const managedIds = [...row.own.attachedPolicies, ...row.groups.flatMap((group) => group.attachedPolicies)].map((attachment) => attachment.policy.id);
  return {
    principal: row.ref,
    identityPolicies: [...attached, ...inlines],
    permissionsBoundary: row.boundary ? managed(row.boundary, null) : null,
    evaluatedIdentityPolicies: [...evaluatedManaged, ...inlines.map((policy) => policy.compiled)],
    tags: row.tags,
    principalTags: Object.fromEntries(row.tags.map((tag) => [tag.key, tag.value])),
    groups: row.groups.map((group) => ({ groupName: group.groupName, arn: group.arn })),
    assumeRolePolicyDocument: row.assumeRolePolicyDocument,
    sources: [
      ...new Set([
        ...sourceNotifications(row.ref.kind, row.ref.id),
        ...row.groups.flatMap((group) => sourceNotifications('group', group.id)),
        ...[...managedIds, ...(row.boundary ? [row.boundary.id] : [])].flatMap((id) => sourceNotifications('managedPolicy', id)),
      ]),
    ],
  };
}
