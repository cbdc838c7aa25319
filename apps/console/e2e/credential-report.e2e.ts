import { readFile } from 'node:fs/promises';
import { createPrismaClient } from '@gatehouse/db';
import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';

describe('Credential report', () => {
  const browser = browserSignedInAsRoot();

  it('generates the report, downloads it as CSV and lists the users', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/credential-report'));
    await page.getByRole('heading', { name: 'Credential report', level: 1 }).waitFor();
    // The heading is server-rendered; the table's content (the report the dashboard generated at sign-in, or the empty
    // state) shows only once the page has hydrated and answered its query, so the click below reaches a button with its
    // handler (a click before hydration is lost).
    await page.getByRole('cell', { name: '<root_account>', exact: true }).or(page.getByText('No credential report', { exact: true })).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download credentials report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^status_reports_\d{4}-\d{2}-\d{2}T\d{2}_\d{2}_\d{2}\+00_00\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\n');
    expect(lines[0]).toMatch(/^user,arn,user_creation_time,password_enabled,/);
    expect(lines[1]).toContain(`<root_account>,arn:aws:iam::${production.accountId}:root,`);
    expect(lines.some((line) => line.startsWith(`jenkins,arn:aws:iam::${production.accountId}:user/system/jenkins,`))).toBe(true);

    await page.getByRole('cell', { name: 'jenkins', exact: true }).waitFor();
    await page.getByText(/^Generated \w+ \d+, \d{4}, \d\d:\d\d \(UTC\)$/).waitFor();
    // AWS's four-hour rule: a new report now keeps the current one, and the page says until when.
    await page.getByRole('button', { name: 'Generate new report' }).click();
    await page.getByText('The current report is less than four hours old').waitFor();
    await saveScreenshot(page, 'credential-report');
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows an expired report as expired, and Download generates a new one', async () => {
    const { page } = browser;
    const prisma = createPrismaClient(process.env.GATEHOUSE_E2E_DATABASE_URL!);
    try {
      await prisma.credentialReport.update({ where: { accountId: production.accountId }, data: { generatedAt: new Date(Date.now() - 5 * 3600 * 1000) } });
    } finally {
      await prisma.$disconnect();
    }
    await page.goto(consoleUrl('/credential-report'));
    await page.getByText('The last credential report has expired').waitFor();
    expect(await page.getByText('(ReportExpired)').count()).toBe(0);

    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download credentials report' }).click()]);
    await page.getByRole('cell', { name: 'jenkins', exact: true }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
