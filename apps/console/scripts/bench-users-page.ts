// How long the Users page takes to become usable with 1,000 users: a real API over a seeded database with 1,000 more
// users, the production build under `next start`, Debian's Chromium. Run from apps/console after `npm run build`:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:users-page
// Reported, not asserted: the machine is shared, so a timed test would fail for reasons of its neighbours.
import type { Request } from 'playwright-core';
import { createPrismaClient, newUniqueId, userArn } from '@gatehouse/db';
import { PRODUCTION_ACCOUNT_ID } from '@gatehouse/seed';
import { startApi } from '../e2e/harness/api-server';
import { openBrowser } from '../e2e/harness/browser';
import { startConsole } from '../e2e/harness/console-server';
import { production } from '../e2e/harness/demo-environment';
import { SignInPage } from '../e2e/pages/sign-in-page';

const EXTRA_USERS = 1000;
const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function addUsers(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const developers = await prisma.group.findFirstOrThrow({ where: { accountId: PRODUCTION_ACCOUNT_ID, groupName: 'Developers' } });
    const users = Array.from({ length: EXTRA_USERS }, (_, i) => {
      const userName = `user-${String(i).padStart(4, '0')}`;
      const path = i % 2 === 0 ? '/' : '/engineering/';
      return { id: newUniqueId('user'), accountId: PRODUCTION_ACCOUNT_ID, userName, path, arn: userArn(PRODUCTION_ACCOUNT_ID, path, userName) };
    });
    await prisma.user.createMany({ data: users });
    // Half of them in a group, so the Groups column has work to do.
    await prisma.groupMembership.createMany({ data: users.filter((_, i) => i % 2 === 1).map((user) => ({ groupId: developers.id, userId: user.id })) });
  } finally {
    await prisma.$disconnect();
  }
}

const api = await startApi();
const consoleServer = await startConsole({ GATEHOUSE_API_URL: api.url });
process.env.GATEHOUSE_CONSOLE_URL = consoleServer.url;
const browser = await openBrowser();
try {
  await addUsers(api.databaseUrl);
  const { page } = browser;
  await new SignInPage(page).signInAsRoot(production.rootEmail, production.rootPassword);
  const totalUsers = EXTRA_USERS + production.users.length;

  /** Until the first row is on screen and the filter answers: typing narrows the list to one user. */
  const untilInteractive = async () => {
    await page.getByRole('link', { name: 'alice', exact: true }).waitFor();
    await page.getByText(`(${totalUsers})`, { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter users' }).fill('user-0500');
    await page.getByText('1 match', { exact: true }).first().waitFor();
  };

  /** /users typed in the address bar: a new document, its JavaScript and CSS, then the data from the API. */
  const freshLoad = async (round: number): Promise<number> => {
    let started = 0;
    const requests: string[] = [];
    const onRequest = (request: Request) => {
      if (!request.url().endsWith('/graphql')) return;
      const sent = performance.now() - started;
      const operation = /(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1] ?? '?';
      const later = request.postData()?.includes('"after"') ? ' (next page)' : '';
      void request.response().then(async (response) => {
        await response?.finished();
        const timing = request.timing();
        requests.push(`${operation}${later} ${sent.toFixed(0)}→${(performance.now() - started).toFixed(0)} (server ${(timing.responseStart - timing.requestStart).toFixed(0)})`);
      });
    };
    page.on('request', onRequest);
    started = performance.now();
    const usersListed = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('ListUsers') === true);
    await page.goto(`${consoleServer.url}/users`);
    await usersListed;
    const listed = performance.now() - started;
    await page.getByRole('link', { name: 'alice', exact: true }).waitFor();
    const rows = performance.now() - started;
    await untilInteractive();
    const interactive = performance.now() - started;
    page.off('request', onRequest);
    const timing = await page.evaluate(() => JSON.stringify((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).toJSON()));
    const nav = JSON.parse(timing) as { responseEnd: number; domContentLoadedEventEnd: number; loadEventEnd: number };
    console.log(`  round ${round}: document ${nav.responseEnd.toFixed(0)} ms, DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)} ms, load ${nav.loadEventEnd.toFixed(0)} ms, first ListUsers answered ${listed.toFixed(0)} ms, rows ${rows.toFixed(0)} ms, interactive ${interactive.toFixed(0)} ms`);
    console.log(`    /graphql: ${requests.join(', ') || 'none'}`);
    return interactive;
  };

  const inApp: number[] = [];
  const uncached: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // In the console: Dashboard → Users through the side navigation (client-side, as a person moves around).
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'IAM dashboard' }).waitFor();
    const started = performance.now();
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Users' }).click();
    await untilInteractive();
    inApp.push(performance.now() - started);

    uncached.push(await freshLoad(round));
  }
  // The harness routes every request through Playwright to refuse the internet, and routing turns Chromium's HTTP
  // cache off: above, each new document fetched its ~50 scripts and stylesheets again, one Playwright round trip each.
  // Without the route, as a person's browser loads the console: first with the cache off (a first visit), then on
  // (the immutable /_next/static files kept, as on every later visit).
  await browser.context.unroute('**/*');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  console.log('  without the harness\'s request routing, browser cache off:');
  const cold: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) cold.push(await freshLoad(round));
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  console.log('  without the harness\'s request routing, browser cache on:');
  const cached: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) cached.push(await freshLoad(round));

  const summary = (values: number[]) => `median ${median(values).toFixed(0)} ms  [${values.map((ms) => ms.toFixed(0)).join(', ')}]`;
  console.log(`Users page with ${totalUsers} users, ${ROUNDS} rounds, time until rows show and the filter answers:`);
  console.log(`  side navigation (client-side):                   ${summary(inApp)}`);
  console.log(`  address bar (new document), routed, cache off:   ${summary(uncached)}`);
  console.log(`  address bar (new document), cache off:           ${summary(cold)}`);
  console.log(`  address bar (new document), browser cache:       ${summary(cached)}`);
} finally {
  await browser.close();
  await consoleServer.stop();
  await api.stop();
}
