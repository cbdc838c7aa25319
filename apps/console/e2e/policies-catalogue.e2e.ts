// The Policies list and the attach picker with AWS's whole managed policy catalogue, as `npm start` seeds it: an API
// and console of this file's own (the run's shared ones keep the demo's six AWS managed policies).
import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { startApi, type ApiServer } from './harness/api-server';
import { startConsole, type ConsoleServer } from './harness/console-server';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { SignInPage } from './pages/sign-in-page';

jest.setTimeout(180_000);

describe('Policies with the whole AWS managed policy catalogue', () => {
  let api: ApiServer;
  let console: ConsoleServer;
  let browser: ConsoleBrowser;
  const sharedConsoleUrl = process.env.GATEHOUSE_CONSOLE_URL;

  beforeAll(async () => {
    api = await startApi({ GATEHOUSE_E2E_AWS_CATALOGUE: '1' });
    console = await startConsole({ GATEHOUSE_API_URL: api.url });
    process.env.GATEHOUSE_CONSOLE_URL = console.url;
    browser = await openBrowser();
    await new SignInPage(browser.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });

  afterAll(async () => {
    process.env.GATEHOUSE_CONSOLE_URL = sharedConsoleUrl;
    await browser?.close();
    await console?.stop();
    await api?.stop();
  });

  afterEach(() => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('lists every policy with its type, filters by type and text, and pages', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/policies'));
    const counter = page.getByRole('heading', { name: /^Policies \(\d+\)$/ });
    await counter.waitFor();
    const total = Number(/\((\d+)\)/.exec((await counter.textContent())!)![1]);
    expect(total).toBeGreaterThan(1500);
    // Twenty to a page: every page of the API's has arrived once the last page of the table is offered.
    const pages = Math.ceil(total / 20);
    await page.getByRole('button', { name: `Page ${pages}` }).waitFor();
    await saveScreenshot(page, 'policies-catalogue-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await saveScreenshot(page, 'policies-catalogue-1440');
    await page.setViewportSize({ width: 1280, height: 900 });

    const filter = page.getByRole('searchbox', { name: 'Filter policies' });
    await filter.fill('AmazonS3ReadOnlyAccess');
    await page.getByText('1 match', { exact: true }).first().waitFor();
    const s3Row = page.getByRole('row', { name: /AmazonS3ReadOnlyAccess/ });
    await s3Row.getByRole('cell', { name: 'AWS managed', exact: true }).waitFor();
    await filter.fill('');

    await page.getByRole('button', { name: 'Filter by type' }).click();
    await page.getByRole('option', { name: 'AWS managed - job function', exact: true }).click();
    await page.getByRole('rowheader', { name: 'ViewOnlyAccess', exact: true }).waitFor();
    await page.getByRole('rowheader', { name: 'AdministratorAccess', exact: true }).waitFor();
    const jobFunctionTypes = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(jobFunctionTypes)).toEqual(new Set(['AWS managed - job function']));
    await saveScreenshot(page, 'policies-catalogue-job-functions');

    await page.getByRole('button', { name: 'Filter by type' }).click();
    await page.getByRole('option', { name: 'Customer managed', exact: true }).click();
    await page.getByRole('rowheader', { name: 'WebsiteDatabaseAccess', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Filter by type' }).click();
    await page.getByRole('option', { name: 'All types', exact: true }).click();

    await page.getByRole('button', { name: `Page ${pages}` }).click();
    expect(await page.locator('tbody tr').count()).toBe(total - (pages - 1) * 20);
  });

  it('finds an AWS managed policy beyond the first thousand in the attach picker and attaches it', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/roles/DevelopmentReadOnly'));
    await page.getByRole('button', { name: 'Attach policies' }).click();
    const attach = page.getByRole('dialog', { name: 'Attach policies to DevelopmentReadOnly' });
    await attach.getByRole('searchbox', { name: 'Filter policies' }).fill('CloudWatchLogsReadOnlyAccess');
    await attach.getByRole('checkbox', { name: 'Select CloudWatchLogsReadOnlyAccess' }).check();
    await attach.getByRole('button', { name: 'Attach policies' }).click();
    await page.getByText('Policy attached to DevelopmentReadOnly.').waitFor();
    await page.getByRole('rowheader', { name: 'CloudWatchLogsReadOnlyAccess', exact: true }).waitFor();
  });
});
