import { createHash } from 'node:crypto';
import { compilePolicy, type CompiledPolicy } from '@gatehouse/evaluator';
import type { ChangeNotifications, ChangeSubscriber, PrismaClient } from '@gatehouse/db';
import { CompiledVersions, loadGoverningPolicies, type GoverningPolicies, type PrincipalKind, type PrincipalRef } from './governing-policies';
import { isGoverningSource } from './governing-sources';

// Bounds on memory per API process; an entry pushed out is simply loaded again.
const MAX_PRINCIPALS = 10_000;
const MAX_REQUEST_POLICIES = 1_000;

/**
 * Every principal's governing policies, compiled, kept in memory for as long as change notifications say nothing they
 * were read from has changed: each entry lists its sources (governing-sources.ts), and a notification for one of them
 * drops it, in every process. A write waits for its own notification before it answers (auditedTransaction), so the
 * writer's next request sees it; other processes hear it within the notification's delivery time. Until the process
 * listens, or after it lost its listening connection, every read goes to the database.
 *
 * A load that overlaps a change to any governing table is used but not kept: `generation` counts those changes, and
 * rows read while it moved may be older than the change that moved it.
 */
export class GoverningPolicyCache implements ChangeSubscriber {
  private readonly entries = new Map<string, GoverningPolicies>();
  /** `kind:ARN` → the key of the entry of that principal, kept and dropped with the entry. */
  private readonly byArn = new Map<string, string>();
  /** Source notification (`Table:key`) → keys of the entries read through it. */
  private readonly bySource = new Map<string, Set<string>>();
  private readonly versions = new CompiledVersions();
  private readonly requestPolicies = new Map<string, CompiledPolicy>();
  private generation = 0;

  constructor(
    private readonly db: PrismaClient,
    private readonly notifications: Pick<ChangeNotifications, 'listening' | 'subscribe'>,
  ) {
    notifications.subscribe(this);
  }

  /** The principal and its governing policies; null when it no longer exists. */
  async get(principal: PrincipalRef): Promise<GoverningPolicies | null> {
    // Most calls find their principal in memory: answered without getMany's map and list.
    const cached = this.notifications.listening ? this.entries.get(entryKey(principal.kind, principal.id)) : undefined;
    return cached ?? (await this.getMany(principal.kind, [principal.id])).get(principal.id) ?? null;
  }

  /** Several principals of one kind at once (one query for those not in memory); absent ones are left out. */
  async getMany(kind: PrincipalKind, ids: readonly string[]): Promise<Map<string, GoverningPolicies>> {
    const cacheable = this.notifications.listening;
    const found = new Map<string, GoverningPolicies>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = cacheable ? this.entries.get(entryKey(kind, id)) : undefined;
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const loaded = await loadGoverningPolicies(this.db, this.versions, kind, missing);
    const keep = cacheable && generation === this.generation && this.notifications.listening;
    for (const [id, policies] of loaded) {
      found.set(id, policies);
      if (keep) this.remember(entryKey(kind, id), policies);
    }
    return found;
  }

  /**
   * The principal named by `arn`, when its entry is in memory (and kept true by notifications); undefined otherwise,
   * and the caller reads the database. A rename or deletion notifies the principal's row, which drops the entry.
   */
  cachedByArn(kind: PrincipalKind, arn: string): GoverningPolicies | undefined {
    if (!this.notifications.listening) return undefined;
    const key = this.byArn.get(`${kind}:${arn}`);
    return key === undefined ? undefined : this.entries.get(key);
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
    this.requestPolicies.set(key, compiled);
    if (this.requestPolicies.size > MAX_REQUEST_POLICIES) this.requestPolicies.delete(this.requestPolicies.keys().next().value!);
    return compiled;
  }

  changed(table: string, key: string): void {
    if (!isGoverningSource(table)) return;
    this.generation++;
    const stale = this.bySource.get(`${table}:${key}`);
    if (stale) for (const entry of [...stale]) this.forget(entry);
  }

  reset(): void {
    this.generation++;
    this.entries.clear();
    this.byArn.clear();
    this.bySource.clear();
  }

  private remember(key: string, policies: GoverningPolicies): void {
    this.forget(key);
    this.entries.set(key, policies);
    this.byArn.set(`${policies.principal.kind}:${policies.principal.arn}`, key);
    for (const source of policies.sources) {
      let keys = this.bySource.get(source);
      if (!keys) this.bySource.set(source, (keys = new Set()));
      keys.add(key);
    }
    if (this.entries.size > MAX_PRINCIPALS) this.forget(this.entries.keys().next().value!);
  }

  private forget(key: string): void {
    const policies = this.entries.get(key);
    if (!policies) return;
    this.entries.delete(key);
    this.byArn.delete(`${policies.principal.kind}:${policies.principal.arn}`);
    for (const source of policies.sources) {
      const keys = this.bySource.get(source);
      keys?.delete(key);
      if (keys?.size === 0) this.bySource.delete(source);
    }
  }
}

function entryKey(kind: PrincipalKind, id: string): string {
  return `${kind}:${id}`;
}
