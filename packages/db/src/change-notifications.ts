import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { isEmbeddedDatabaseUrl } from '@gatehouse/embedded-postgres/url';

/** The channel the triggers of migration `add_change_notifications` notify on, with payloads `Table:key`. */
const channel = 'gatehouse_changes';
const syncPrefix = 'sync:';
const reconnectDelayMs = 1000;
/** The listening connection's `application_name`, as `pg_stat_activity` shows it. */
export const changeListenerApplicationName = 'gatehouse change notifications';

export interface ChangeSubscriber {
  /** A row of `table` whose key is `key` was updated or deleted, in a transaction that has committed. */
  changed(table: string, key: string): void;
  /** Notifications may have been missed (the connection dropped, or was made again): forget everything. */
  reset(): void;
}

/**
 * What other processes changed, for the caches an API process keeps: one connection per process LISTENs on the
 * channel the database's triggers notify on (at commit, never for a rollback). A cache may serve from memory only
 * while `listening`; when the connection drops, subscribers are reset and it is made again.
 *
 * The embedded database serves every connection from one session, so a LISTEN there would receive on whichever
 * connection happens to be reading: it gets no listener, and caches read through.
 */
export class ChangeNotifications {
  private client: pg.Client | undefined;
  private readonly subscribers = new Set<ChangeSubscriber>();
  private readonly pendingSyncs = new Map<string, () => void>();
  /** The sync that runs or ran last, and the one that waits for it, which callers join until it starts. */
  private lastSync: Promise<void> = Promise.resolve();
  private nextSync: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private connected = false;

  private constructor(
    private readonly databaseUrl: string,
    private readonly onError: (error: unknown) => void,
    private readonly syncTimeoutMs: number,
  ) {}

  /**
   * Resolves once listening (or at once for the embedded database); a failed first connection is retried. A sync
   * that waits longer than `syncTimeoutMs` means the connection no longer delivers: it is dropped and made again.
   */
  static async start(databaseUrl: string, onError: (error: unknown) => void, options: { syncTimeoutMs?: number } = {}): Promise<ChangeNotifications> {
    const notifications = new ChangeNotifications(databaseUrl, onError, options.syncTimeoutMs ?? 5000);
    if (!isEmbeddedDatabaseUrl(databaseUrl)) await notifications.connect();
    return notifications;
  }

  /** Whether every committed change is being received: only then may a cache answer from memory. */
  get listening(): boolean {
    return this.connected;
  }

  subscribe(subscriber: ChangeSubscriber): void {
    this.subscribers.add(subscriber);
  }

  /**
   * Resolves once every change committed before the call has reached the subscribers. A write calls it after its
   * commit, so that the next request to this process, served from memory, sees the write. Notifications reach a
   * listener in commit order, so the arrival of one sent now means the earlier ones have arrived. The connection runs
   * one query at a time: calls made while one is running share the next.
   */
  sync(): Promise<void> {
    const client = this.client;
    if (!client || !this.connected) return Promise.resolve();
    if (!this.nextSync) {
      const next = this.lastSync.then(() => {
        if (this.nextSync === next) this.nextSync = undefined;
        return this.syncThrough(client);
      });
      this.nextSync = next;
      this.lastSync = next;
    }
    return this.nextSync;
  }

  private async syncThrough(client: pg.Client): Promise<void> {
    const token = randomUUID();
    const arrived = new Promise<void>((resolve) => this.pendingSyncs.set(token, resolve));
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timeout = setTimeout(() => {
        this.onError(new Error(`no change notification arrived within ${this.syncTimeoutMs} ms`));
        this.lost(client);
        resolve();
      }, this.syncTimeoutMs);
    });
    const delivered = client.query('SELECT pg_notify($1, $2)', [channel, syncPrefix + token]).then(
      () => arrived,
      // The connection failed: subscribers have been reset, nothing in memory is left to be stale.
      () => void this.pendingSyncs.delete(token),
    );
    await Promise.race([delivered, timedOut]);
    clearTimeout(timeout);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.disconnected();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: changeListenerApplicationName, keepAlive: true });
    client.on('notification', (message) => this.received(message.payload ?? ''));
    client.on('error', (error) => {
      this.onError(error);
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      this.onError(error);
      this.lost(client);
      return;
    }
    if (this.client === client) this.connected = true;
  }

  private received(payload: string): void {
    if (payload.startsWith(syncPrefix)) {
      const token = payload.slice(syncPrefix.length);
      this.pendingSyncs.get(token)?.();
      this.pendingSyncs.delete(token);
      return;
    }
    const separator = payload.indexOf(':');
    if (separator === -1) return;
    const table = payload.slice(0, separator);
    const key = payload.slice(separator + 1);
    for (const subscriber of this.subscribers) subscriber.changed(table, key);
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.disconnected();
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.reconnectTimer = setTimeout(() => void this.connect(), reconnectDelayMs);
    this.reconnectTimer.unref();
  }

  private disconnected(): void {
    this.client = undefined;
    this.connected = false;
    for (const subscriber of this.subscribers) subscriber.reset();
    for (const resolve of this.pendingSyncs.values()) resolve();
    this.pendingSyncs.clear();
  }
}
