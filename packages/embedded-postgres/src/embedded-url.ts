/**
 * The application_name in every embedded database URL. All connections to an embedded database share its one
 * session, so per-connection state such as named prepared statements collides there; clients look for this mark.
 */
export const EMBEDDED_APPLICATION_NAME = 'gatehouse-embedded';

/** The URL of an embedded database served at host:port; any database name would reach the same database. */
export function embeddedDatabaseUrl(host: string, port: number): string {
  return `postgresql://postgres@${host}:${port}/postgres?application_name=${EMBEDDED_APPLICATION_NAME}`;
}

/** Whether `databaseUrl` points at an embedded database (PGlite), by the mark its URLs carry. */
export function isEmbeddedDatabaseUrl(databaseUrl: string): boolean {
  return new URL(databaseUrl).searchParams.get('application_name') === EMBEDDED_APPLICATION_NAME;
}
