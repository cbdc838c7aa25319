import { startConsole, type ConsoleServer } from './harness/console-server';

declare global {
  // Shared with global-teardown.ts, which jest runs in the same process.
  var gatehouseConsole: ConsoleServer | undefined;
}

/** One `next start` for the whole run; tests find it through GATEHOUSE_CONSOLE_URL. */
export default async function globalSetup(): Promise<void> {
  globalThis.gatehouseConsole = await startConsole();
  process.env.GATEHOUSE_CONSOLE_URL = globalThis.gatehouseConsole.url;
}
