import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';

describe('Sign-in page', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('asks a root user for an email address and an IAM user for account and user name, checking them before sending', async () => {
    const { page } = browser;
    await page.goto(`${process.env.GATEHOUSE_CONSOLE_URL}/signin`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await saveScreenshot(page, 'sign-in-root-user');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter the email address of the root user.').waitFor();
    await page.getByText('Enter your password.').waitFor();

    await page.getByRole('radio', { name: /^IAM user/ }).check();
    await page.getByLabel('Account ID (12 digits) or account alias').fill('12345');
    await page.getByLabel('IAM user name').fill('alice');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a 12-digit account ID or an account alias.').waitFor();
    expect(await page.getByText('Enter your IAM user name.').count()).toBe(0);
    await saveScreenshot(page, 'sign-in-iam-user');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
