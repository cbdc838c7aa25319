import { makeTestCertificates, type TestCertificates } from '@gatehouse/api/testing';
import { startRunPool } from '@gatehouse/db/testing';
import { startApi, type ApiServer } from './harness/api-server';
import { startConsole, type ConsoleServer } from './harness/console-server';

declare global {
  // Shared with global-teardown.ts, which jest runs in the same process.
  var gatehouseApi: ApiServer | undefined;
  var gatehouseConsole: ConsoleServer | undefined;
  var gatehouseOidcCertificates: TestCertificates | undefined;
}

/**
 * One real API over a freshly seeded database (DATABASE_URL's server, else an embedded one from the run's pool) and one
 * `next start` forwarding /graphql to it, for the whole run. Tests find them through GATEHOUSE_CONSOLE_URL and
 * GATEHOUSE_E2E_DATABASE_URL, and the certificates the API trusts for a test OIDC issuer in GATEHOUSE_E2E_OIDC_CERTIFICATES.
 */
export default async function globalSetup(): Promise<void> {
  await startRunPool();
  // The test OIDC issuer's CA, trusted by the API the standard Node way, as `npm start` passes NODE_EXTRA_CA_CERTS on.
  globalThis.gatehouseOidcCertificates = makeTestCertificates();
  process.env.GATEHOUSE_E2E_OIDC_CERTIFICATES = JSON.stringify(globalThis.gatehouseOidcCertificates);
  globalThis.gatehouseApi = await startApi({ NODE_EXTRA_CA_CERTS: globalThis.gatehouseOidcCertificates.caFile });
  globalThis.gatehouseConsole = await startConsole({ GATEHOUSE_API_URL: globalThis.gatehouseApi.url });
  process.env.GATEHOUSE_CONSOLE_URL = globalThis.gatehouseConsole.url;
  process.env.GATEHOUSE_E2E_DATABASE_URL = globalThis.gatehouseApi.databaseUrl;
}
