// Debian's Chromium driven by playwright-core, with a fresh profile and no way out to the internet.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleBrowser {
  page: Page;
  context: BrowserContext;
  /** Every request the pages tried to send anywhere but the console: the console must load nothing from the internet. */
  externalRequests: string[];
  /** Errors thrown in the pages. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(): Promise<ConsoleBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'gatehouse-console-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    externalRequests.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    page,
    context,
    externalRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
