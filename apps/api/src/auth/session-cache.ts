import type { ChangeNotifications, ChangeSubscriber, ConsoleSession, User } from '@gatehouse/db';

/** A console session as authentication reads it: the row, with its IAM user's name and ARN (null for root). */
export type ConsoleSessionWithUser = Pick<
  ConsoleSession,
  'accountId' | 'userId' | 'state' | 'mfaAuthenticated' | 'stsSessionId' | 'lastSeenAt' | 'expiresAt' | 'revokedAt'
> & { userName: User['userName'] | null; userArn: User['arn'] | null };

// A bound on memory per process; an entry pushed out is read again on its next use.
const maxSessions = 10_000;

/**
 * Console sessions by token hash, kept in memory so that a request does not read its session from the database.
 * Every update or deletion of a session or of its user drops the entry, in every process, by change notification
 * (the triggers of migration `add_change_notifications`); until the process listens, or after it lost its listening
 * connection, every read goes to the database.
 *
 * A read that overlaps an invalidation is not kept: `generation` counts invalidations, and a row read while it moved
 * may be older than the change that moved it.
 */
export class SessionCache implements ChangeSubscriber {
  private readonly sessions = new Map<string, ConsoleSessionWithUser>();
  private generation = 0;

  constructor(private readonly notifications: ChangeNotifications) {
    notifications.subscribe(this);
  }

  async get(tokenHash: string, read: () => Promise<ConsoleSessionWithUser | undefined>): Promise<ConsoleSessionWithUser | undefined> {
    const cacheable = this.notifications.listening;
    if (cacheable) {
      const cached = this.sessions.get(tokenHash);
      if (cached) return cached;
    }
    const generation = this.generation;
    const session = await read();
    if (session && cacheable && generation === this.generation && this.notifications.listening) this.remember(tokenHash, session);
    return session;
  }

  changed(table: string, key: string): void {
    if (table === 'ConsoleSession') {
      this.generation++;
      this.sessions.delete(key);
    } else if (table === 'User') {
      this.generation++;
      for (const [tokenHash, session] of this.sessions) if (session.userId === key) this.sessions.delete(tokenHash);
    }
  }

  reset(): void {
    this.generation++;
    this.sessions.clear();
  }

  private remember(tokenHash: string, session: ConsoleSessionWithUser): void {
    this.sessions.delete(tokenHash);
    this.sessions.set(tokenHash, session);
    if (this.sessions.size > maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
  }
}
