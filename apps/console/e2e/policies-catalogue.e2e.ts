// The Policies list and the attach picker with AWS's whole managed policy catalogue, as `npm start` seeds it: an API
// and console of this file's own (the run's shared ones keep the demo's six AWS managed policies).
import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { startApi, type ApiServer } from './harness/api-server';
import { startConsole, type ConsoleServer } from './harness/console-server';
import { consoleUrl } from './harness/console-url';
import { graphqlTrafficOf } from './harness/graphql-traffic';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphqlData } from './harness/signed-in-graphql';

jest.setTimeout(180_000);

describe('Policies with the whole AWS managed policy catalogue', () => {
  let api: ApiServer;
  let console: ConsoleServer;
  const sharedConsoleUrl = process.env.GATEHOUSE_CONSOLE_URL;

  beforeAll(async () => {
    api = await startApi({ GATEHOUSE_E2E_AWS_CATALOGUE: '1' });
    console = await startConsole({ GATEHOUSE_API_URL: api.url });
    process.env.GATEHOUSE_CONSOLE_URL = console.url;
  });

  const browser = browserSignedInAsRoot();

  afterAll(async () => {
    process.env.GATEHOUSE_CONSOLE_URL = sharedConsoleUrl;
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

  it('opens one version of ReadOnlyAccess and compares two, fetching only the documents shown, not every version', async () => {
    const { page } = browser;
    const policyArn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const { getPolicy, listPolicyVersions } = await signedInGraphqlData(
      page,
      'query ($policyArn: String!) { getPolicy(policyArn: $policyArn) { defaultVersionId } listPolicyVersions(policyArn: $policyArn, first: 1000) { totalCount } }',
      { policyArn },
    );
    const defaultVersion: string = getPolicy.defaultVersionId;
    // Over a hundred versions, 8 MB of documents together: what the pages once loaded to show one or two.
    expect(listPolicyVersions.totalCount).toBeGreaterThan(100);
    const policyPath = `/policies/details/${encodeURIComponent(policyArn)}`;

    const onePage = await graphqlTrafficOf(page, consoleUrl(`${policyPath}/versions/v1`), page.getByRole('heading', { name: 'ReadOnlyAccess: version v1' }));
    expect(onePage.policyVersionDocuments).toEqual(['v1']);
    // v1 is 3 KB; the rest is the policy's name and the session.
    expect(onePage.bytes).toBeLessThan(50_000);
    await page.getByText(`No (the default is ${defaultVersion})`).waitFor();
    await saveScreenshot(page, 'policy-version-aws-managed');

    const diff = page.getByRole('table', { name: `Differences between v1 and ${defaultVersion} (default)` });
    const compared = await graphqlTrafficOf(page, consoleUrl(`${policyPath}/compare?left=v1&right=${defaultVersion}`), diff);
    expect(compared.policyVersionDocuments.sort()).toEqual(['v1', defaultVersion].sort());
    // The default is about 140 KB; the pickers' list of every version, without documents, about 15 KB.
    expect(compared.bytes).toBeLessThan(250_000);
    await saveScreenshot(page, 'policy-versions-compare-aws-managed');
    // The pickers offer every version.
    await page.getByRole('button', { name: /^Version on the left/ }).click();
    expect(await page.getByRole('option').count()).toBe(listPolicyVersions.totalCount);
    await page.getByRole('option', { name: 'v2', exact: true }).click();
    await page.getByRole('table', { name: `Differences between v2 and ${defaultVersion} (default)` }).waitFor();
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
