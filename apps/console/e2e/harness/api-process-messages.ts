/** What api-process.ts tells the test run once the API answers. */
export interface ApiProcessReady {
  type: 'ready';
  /** `http://127.0.0.1:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  /** The seeded database, for tests that prepare data the console cannot create itself (1,000 users). */
  databaseUrl: string;
}
