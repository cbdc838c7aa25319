import pg from 'pg';

/**
 * A `pg` client that always has an `error` listener. `pg` reports a broken connection (57P01 when the server shuts
 * down, a dropped socket) as an `error` event on the client besides failing the running query, and an `error` event
 * without a listener ends the process. A pooled client has none of pg-pool's or adapter-pg's listeners while it is
 * checked out outside a transaction and between queries, which is where a restart of PostgreSQL under load caught it.
 * Nothing is lost by listening: the running query fails with the error, a later one as not queryable, and the pool
 * drops a client that is not queryable when it is released.
 */
export class ListeningClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
