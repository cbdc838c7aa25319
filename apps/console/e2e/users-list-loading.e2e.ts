import { createPrismaClient, newUniqueId, userArn } from '@gatehouse/db';
import { PRODUCTION_ACCOUNT_ID } from '@gatehouse/seed';
import type { Request } from 'playwright-core';
import { startApi, type ApiServer } from './harness/api-server';
import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { startConsole, type ConsoleServer } from './harness/console-server';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { signedInGraphqlData } from './harness/signed-in-graphql';

/** More than one page of AWS's MaxItems (1,000), so the table must follow the connection's cursor. */
const EXTRA_USERS = 1050;
const TOTAL = EXTRA_USERS + production.users.length;

/**
 * The Users table with more users than one ListUsers page: every user is listed, filtered, sorted and paged in the
 * browser, and a refresh reads every page again. Its own API and console, so that 1,050 users change no other file's
 * counts.
 */
describe('Users list with more than 1,000 users', () => {
  let api: ApiServer;
  let consoleServer: ConsoleServer;
  const sharedConsoleUrl = process.env.GATEHOUSE_CONSOLE_URL;

  beforeAll(async () => {
    api = await startApi();
    const prisma = createPrismaClient(api.databaseUrl);
    try {
      await prisma.user.createMany({
        data: Array.from({ length: EXTRA_USERS }, (_, i) => {
          const userName = `user-${String(i).padStart(4, '0')}`;
          return { id: newUniqueId('user'), accountId: PRODUCTION_ACCOUNT_ID, userName, path: '/', arn: userArn(PRODUCTION_ACCOUNT_ID, '/', userName) };
        }),
      });
    } finally {
      await prisma.$disconnect();
    }
    consoleServer = await startConsole({ GATEHOUSE_API_URL: api.url });
    process.env.GATEHOUSE_CONSOLE_URL = consoleServer.url;
  }, 180_000);

  const browser = browserSignedInAsRoot();

  afterAll(async () => {
    await consoleServer?.stop();
    await api?.stop();
    process.env.GATEHOUSE_CONSOLE_URL = sharedConsoleUrl;
  });

  afterEach(() => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('loads every user on a fresh page: the first page from the request the HTML started, then the next one by its cursor', async () => {
    const { page } = browser;
    const listUsers: Array<{ after: unknown }> = [];
    const onRequest = (request: Request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('"operationName":"ListUsers"')) listUsers.push({ after: JSON.parse(body).variables.after });
    };
    page.on('request', onRequest);
    await page.goto(consoleUrl('/users'));
    await page.getByRole('link', { name: 'alice', exact: true }).waitFor();
    await page.getByText(`(${TOTAL})`, { exact: true }).waitFor();

    // user-1049 sorts last: only the second page has it.
    await page.getByRole('searchbox', { name: 'Filter users' }).fill('user-1049');
    await page.getByText('1 match', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'user-1049', exact: true }).waitFor();
    page.off('request', onRequest);
    // One request per page: the client took the HTML's own request instead of sending the first page again.
    expect(listUsers).toHaveLength(2);
    expect(listUsers[0]!.after).toBeUndefined();
    expect(typeof listUsers[1]!.after).toBe('string');
  });

  it('sorts and pages across all of them', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/users'));
    await page.getByText(`(${TOTAL})`, { exact: true }).waitFor();
    // 1,054 users at 20 a page.
    await page.getByRole('button', { name: `Page ${Math.ceil(TOTAL / 20)}`, exact: true }).waitFor();
    // Sorted by name ascending at first; one click turns it to descending, and the last page's user leads.
    // From the keyboard: the page's sticky header lies over the column headers at the top of the page.
    await page.getByRole('columnheader', { name: /User name/ }).getByRole('button').first().press('Enter');
    await page.getByRole('link', { name: 'user-1049', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'alice', exact: true }).count()).toBe(0);
  });

  it('Refresh and Delete read every page again from the API, not from the cache', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/users'));
    await page.getByText(`(${TOTAL})`, { exact: true }).waitFor();
    await signedInGraphqlData(page, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }', { input: { userName: 'zz-added-later' } });
    await page.getByRole('button', { name: 'Refresh users' }).click();
    await page.getByText(`(${TOTAL + 1})`, { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter users' }).fill('zz-added-later');
    await page.getByText('1 match', { exact: true }).first().waitFor();

    await page.getByRole('checkbox', { name: 'Select zz-added-later' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('delete').fill('delete');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('User zz-added-later deleted.').waitFor();
    await page.getByText(`(${TOTAL})`, { exact: true }).waitFor();
    await page.getByText('0 matches', { exact: true }).first().waitFor();
  });

  it("shows a user's policies through its group when the groups come after 1,000 users in the authorization details", async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/users/alice'));
    await page.getByRole('heading', { name: 'alice', exact: true }).waitFor();
    // GetAccountAuthorizationDetails lists every user before any group: Admins is on its second page.
    await page.getByRole('rowheader', { name: 'AdministratorAccess' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Group Admins' }).count()).toBe(1);
  });

  it('offers every user, past the first 1,000, in a group\'s Add users, and every group in a user\'s Add user to groups', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/groups/Developers'));
    await page.getByRole('heading', { name: 'Developers', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add users', exact: true }).click();
    const addUsers = page.getByRole('dialog', { name: 'Add users to Developers' });
    await addUsers.getByText('Choose users').click();
    await page.getByRole('combobox').last().fill('user-1049');
    await page.getByRole('option', { name: 'user-1049' }).click();
    await addUsers.getByRole('button', { name: 'Add users', exact: true }).click();
    await addUsers.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'user-1049', exact: true }).waitFor();

    await page.goto(consoleUrl('/users/user-1049?tab=groups'));
    await page.getByRole('rowheader', { name: 'Developers' }).waitFor();
    await page.getByRole('button', { name: 'Add user to groups' }).click();
    const addToGroups = page.getByRole('dialog', { name: 'Add user-1049 to groups' });
    await addToGroups.getByText('Choose groups').click();
    // Developers, already a membership, is not offered.
    expect(await page.getByRole('option', { name: 'Developers' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Admins' }).click();
    await addToGroups.getByRole('button', { name: 'Add to groups', exact: true }).click();
    await addToGroups.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Admins' }).waitFor();

    const { listGroupsForUser } = await signedInGraphqlData(page, '{ listGroupsForUser(userName: "user-1049") { edges { node { groupName } } } }');
    expect(listGroupsForUser.edges.map((edge: { node: { groupName: string } }) => edge.node.groupName).sort()).toEqual(['Admins', 'Developers']);
  });
});
