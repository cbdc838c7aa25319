import { createHash } from 'node:crypto';
import { compilePolicy, type CompiledPolicy } from '@gatehouse/evaluator';
import { Prisma, type PrismaClient } from '@gatehouse/db';

/** The principal whose stored policies govern a request: an IAM user, or the role behind an assumed-role session. */
export type PolicyPrincipal = { type: 'user'; userId: string } | { type: 'role'; roleId: string };

/** Everything stored about a principal that the evaluator needs, compiled. */
export interface CallerPolicies {
  /**
   * Managed (default version) and inline policies; for a user, its groups' policies too. Managed policies are named
   * by ARN, inline ones `NAME (inline policy of OWNER_ARN)`, so that a denial can say which one decided.
   */
  identityPolicies: CompiledPolicy[];
  permissionsBoundary?: CompiledPolicy;
  /** The user's or role's tags, for `aws:PrincipalTag/…`. */
  principalTags: Record<string, string>;
}

interface ManagedPolicyRef {
  id: string;
  arn: string;
  defaultVersionId: string;
}

interface CachedEntry {
  fingerprint: string;
  policies: CallerPolicies;
}

// Bounds on memory per API process; an entry pushed out is simply loaded again.
const MAX_PRINCIPALS = 10_000;
const MAX_MANAGED_VERSIONS = 10_000;
const MAX_REQUEST_POLICIES = 1_000;

/**
 * Loads and compiles the policies that govern a principal, cached per principal.
 *
 * Invalidation: before each use, one indexed query computes a fingerprint of everything the cached value was built
 * from (attachments with each policy's default version, inline documents' SHA-256, group memberships, the boundary,
 * tags) and the cache is used only when it matches. Chosen over LISTEN/NOTIFY because it is correct at once in
 * every API process with no cooperation from writers: a write path that forgot to notify, a dropped listener
 * connection or the delay of an asynchronous notification would otherwise leave a revoked permission in force.
 * The cost is one small query per authorized request; compiling, the expensive part, happens only on a change.
 * Policy versions never change once written (AWS), so compiled managed versions are shared across principals by
 * `policyId:versionId`.
 */
export class CallerPolicyCache {
  private readonly principals = new Map<string, CachedEntry>();
  private readonly managedVersions = new Map<string, CompiledPolicy>();
  private readonly requestPolicies = new Map<string, CompiledPolicy>();

  constructor(private readonly db: PrismaClient) {}

  /** The principal's current policies; null when the user or role no longer exists. */
  async policiesFor(principal: PolicyPrincipal): Promise<CallerPolicies | null> {
    const key = principal.type === 'user' ? `user:${principal.userId}` : `role:${principal.roleId}`;
    const fingerprint = await this.fingerprint(principal);
    if (fingerprint === null) {
      this.principals.delete(key);
      return null;
    }
    const cached = this.principals.get(key);
    if (cached?.fingerprint === fingerprint) {
      remember(this.principals, key, cached, MAX_PRINCIPALS);
      return cached.policies;
    }
    // Loaded after the fingerprint was read: the value is at least as new as the fingerprint. If a change slips in
    // between, the next request's fingerprint differs from the stored one and the entry is rebuilt.
    const policies = principal.type === 'user' ? await this.loadUser(principal.userId) : await this.loadRole(principal.roleId);
    if (policies) remember(this.principals, key, { fingerprint, policies }, MAX_PRINCIPALS);
    return policies;
  }

  /**
   * A policy that comes with the request instead of the principal's attachments (an AssumeRole session policy, the
   * trust policy of the role being assumed), compiled once per distinct name and document.
   */
  requestPolicy(name: string, document: string): CompiledPolicy {
    const key = createHash('sha256').update(name).update('\0').update(document).digest('hex');
    const cached = this.requestPolicies.get(key);
    if (cached) return cached;
    const compiled = compilePolicy(document, name);
    remember(this.requestPolicies, key, compiled, MAX_REQUEST_POLICIES);
    return compiled;
  }

  private async fingerprint(principal: PolicyPrincipal): Promise<string | null> {
    const rows =
      principal.type === 'user'
        ? await this.db.$queryRaw<Array<{ fingerprint: string | null }>>(userFingerprintSql(principal.userId))
        : await this.db.$queryRaw<Array<{ fingerprint: string | null }>>(roleFingerprintSql(principal.roleId));
    return rows[0]?.fingerprint ?? null;
  }

  private async loadUser(userId: string): Promise<CallerPolicies | null> {
    const user = await this.db.user.findUnique({
      where: { id: userId },
      select: {
        arn: true,
        tags: { select: { key: true, value: true } },
        permissionsBoundary: { select: MANAGED_POLICY_REF },
        attachedPolicies: { select: { policy: { select: MANAGED_POLICY_REF } } },
        inlinePolicies: { select: { policyName: true, policyDocument: true } },
        groupMemberships: {
          select: {
            group: {
              select: {
                arn: true,
                attachedPolicies: { select: { policy: { select: MANAGED_POLICY_REF } } },
                inlinePolicies: { select: { policyName: true, policyDocument: true } },
              },
            },
          },
        },
      },
    });
    if (!user) return null;
    const groups = user.groupMemberships.map((membership) => membership.group);
    const managed = [
      ...user.attachedPolicies.map((attachment) => attachment.policy),
      ...groups.flatMap((group) => group.attachedPolicies.map((attachment) => attachment.policy)),
    ];
    const inline = [
      ...user.inlinePolicies.map((policy) => inlinePolicy(user.arn, policy)),
      ...groups.flatMap((group) => group.inlinePolicies.map((policy) => inlinePolicy(group.arn, policy))),
    ];
    return this.assemble(managed, inline, user.permissionsBoundary, user.tags);
  }

  private async loadRole(roleId: string): Promise<CallerPolicies | null> {
    const role = await this.db.role.findUnique({
      where: { id: roleId },
      select: {
        arn: true,
        tags: { select: { key: true, value: true } },
        permissionsBoundary: { select: MANAGED_POLICY_REF },
        attachedPolicies: { select: { policy: { select: MANAGED_POLICY_REF } } },
        inlinePolicies: { select: { policyName: true, policyDocument: true } },
      },
    });
    if (!role) return null;
    const inline = role.inlinePolicies.map((policy) => inlinePolicy(role.arn, policy));
    return this.assemble(
      role.attachedPolicies.map((attachment) => attachment.policy),
      inline,
      role.permissionsBoundary,
      role.tags,
    );
  }

  private async assemble(
    managed: ManagedPolicyRef[],
    inline: CompiledPolicy[],
    boundary: ManagedPolicyRef | null,
    tags: Array<{ key: string; value: string }>,
  ): Promise<CallerPolicies> {
    // A policy attached both to the user and to one of its groups counts once.
    const distinctManaged = [...new Map(managed.map((policy) => [policy.id, policy])).values()];
    const compiled = await this.managedPolicies(boundary ? [...distinctManaged, boundary] : distinctManaged);
    return {
      identityPolicies: [...distinctManaged.map((policy) => compiled.get(policy.id)!), ...inline],
      ...(boundary ? { permissionsBoundary: compiled.get(boundary.id)! } : {}),
      principalTags: Object.fromEntries(tags.map((tag) => [tag.key, tag.value])),
    };
  }

  /** Each policy's default version, compiled; versions already compiled are not read again. */
  private async managedPolicies(policies: ManagedPolicyRef[]): Promise<Map<string, CompiledPolicy>> {
    const missing = policies.filter((policy) => !this.managedVersions.has(versionKey(policy)));
    const versions = missing.length
      ? await this.db.policyVersion.findMany({
          where: { OR: missing.map((policy) => ({ policyId: policy.id, versionId: policy.defaultVersionId })) },
          select: { policyId: true, versionId: true, document: true },
        })
      : [];
    const documents = new Map(versions.map((version) => [`${version.policyId}:${version.versionId}`, version.document]));
    const result = new Map<string, CompiledPolicy>();
    for (const policy of policies) {
      const key = versionKey(policy);
      const cached = this.managedVersions.get(key);
      if (cached) {
        result.set(policy.id, cached);
        continue;
      }
      // compilePolicy never throws: a document that does not parse, or a missing version (''), compiles to a policy
      // that makes evaluation fail closed instead of being skipped. Only a version actually read is cached.
      const document = documents.get(key);
      const compiled = compilePolicy(document ?? '', policy.arn);
      if (document !== undefined) remember(this.managedVersions, key, compiled, MAX_MANAGED_VERSIONS);
      result.set(policy.id, compiled);
    }
    return result;
  }
}

const MANAGED_POLICY_REF = { id: true, arn: true, defaultVersionId: true } as const;

function versionKey(policy: ManagedPolicyRef): string {
  return `${policy.id}:${policy.defaultVersionId}`;
}

function inlinePolicy(ownerArn: string, policy: { policyName: string; policyDocument: string }): CompiledPolicy {
  return compilePolicy(policy.policyDocument, `${policy.policyName} (inline policy of ${ownerArn})`);
}

/** A bounded map that forgets the least recently used entry; Map keeps insertion order. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

// The fingerprints list each input as a JSON array, so that no two different states can produce the same text.
// `exists` makes a deleted principal (no row) distinct from one with no policies, and with the group rows carries the
// ARNs that name inline policies, so a rename is picked up too. citext columns are cast to text.

function userFingerprintSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT encode(sha256(convert_to(string_agg(part, ',' ORDER BY part), 'UTF8')), 'hex') AS fingerprint FROM (
      SELECT jsonb_build_array('exists', u.arn)::text AS part FROM "User" u WHERE u.id = ${userId}
      UNION ALL
      SELECT jsonb_build_array('boundary', p.id, p."defaultVersionId")::text
        FROM "User" u JOIN "ManagedPolicy" p ON p.id = u."permissionsBoundaryPolicyId" WHERE u.id = ${userId}
      UNION ALL
      SELECT jsonb_build_array('managed', p.id, p."defaultVersionId")::text
        FROM "UserPolicyAttachment" a JOIN "ManagedPolicy" p ON p.id = a."policyId" WHERE a."userId" = ${userId}
      UNION ALL
      SELECT jsonb_build_array('inline', i."policyName", encode(sha256(convert_to(i."policyDocument", 'UTF8')), 'hex'))::text
        FROM "UserPolicy" i WHERE i."userId" = ${userId}
      UNION ALL
      SELECT jsonb_build_array('group', g.id, g.arn)::text
        FROM "GroupMembership" m JOIN "Group" g ON g.id = m."groupId" WHERE m."userId" = ${userId}
      UNION ALL
      SELECT jsonb_build_array('group-managed', a."groupId", p.id, p."defaultVersionId")::text
        FROM "GroupMembership" m
        JOIN "GroupPolicyAttachment" a ON a."groupId" = m."groupId"
        JOIN "ManagedPolicy" p ON p.id = a."policyId"
        WHERE m."userId" = ${userId}
      UNION ALL
      SELECT jsonb_build_array('group-inline', i."groupId", i."policyName", encode(sha256(convert_to(i."policyDocument", 'UTF8')), 'hex'))::text
        FROM "GroupMembership" m JOIN "GroupPolicy" i ON i."groupId" = m."groupId" WHERE m."userId" = ${userId}
      UNION ALL
      SELECT jsonb_build_array('tag', t.key::text, t.value)::text FROM "UserTag" t WHERE t."userId" = ${userId}
    ) parts`;
}

function roleFingerprintSql(roleId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT encode(sha256(convert_to(string_agg(part, ',' ORDER BY part), 'UTF8')), 'hex') AS fingerprint FROM (
      SELECT jsonb_build_array('exists', r.arn)::text AS part FROM "Role" r WHERE r.id = ${roleId}
      UNION ALL
      SELECT jsonb_build_array('boundary', p.id, p."defaultVersionId")::text
        FROM "Role" r JOIN "ManagedPolicy" p ON p.id = r."permissionsBoundaryPolicyId" WHERE r.id = ${roleId}
      UNION ALL
      SELECT jsonb_build_array('managed', p.id, p."defaultVersionId")::text
        FROM "RolePolicyAttachment" a JOIN "ManagedPolicy" p ON p.id = a."policyId" WHERE a."roleId" = ${roleId}
      UNION ALL
      SELECT jsonb_build_array('inline', i."policyName", encode(sha256(convert_to(i."policyDocument", 'UTF8')), 'hex'))::text
        FROM "RolePolicy" i WHERE i."roleId" = ${roleId}
      UNION ALL
      SELECT jsonb_build_array('tag', t.key::text, t.value)::text FROM "RoleTag" t WHERE t."roleId" = ${roleId}
    ) parts`;
}
