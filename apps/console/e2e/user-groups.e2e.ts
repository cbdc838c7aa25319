import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { SignInPage } from './pages/sign-in-page';

describe('User groups', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
    await new SignInPage(browser.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lists the groups, creates one with a member, and shows its users and permissions', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'User groups' }).click();
    await page.getByRole('link', { name: 'Developers', exact: true }).waitFor();
    await saveScreenshot(page, 'groups-list');

    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByLabel('User group name').fill('Auditors');
    await page.getByRole('checkbox', { name: 'Select bob' }).check();
    await saveScreenshot(page, 'create-group');
    await page.getByRole('button', { name: 'Create user group' }).click();

    await page.getByRole('heading', { name: 'Auditors', exact: true }).waitFor();
    await page.getByText('Auditors user group created.').waitFor();
    await page.getByRole('rowheader', { name: 'bob', exact: true }).waitFor();
    await saveScreenshot(page, 'group-details');

    await page.getByRole('link', { name: 'User groups' }).first().click();
    await page.getByRole('link', { name: 'Developers', exact: true }).click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('rowheader', { name: 'PowerUserAccess' }).waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('permissions');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
