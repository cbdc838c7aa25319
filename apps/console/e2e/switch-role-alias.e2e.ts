import { DEVELOPMENT_ACCOUNT_ID, demoAccounts } from '@gatehouse/seed';
import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { SignInPage } from './pages/sign-in-page';

const development = demoAccounts.find((account) => account.accountId === DEVELOPMENT_ACCOUNT_ID)!;

/** Switch role as AWS's form has it: the account by alias, a display name and colour, and the role history. */
describe('Switch role by account alias', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('switches by alias under a display name, then again from the role history', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page);
    await signIn.signInAsRoot(development.rootEmail, development.rootPassword);
    await signIn.identityMenu(development.alias).click();
    await page.getByRole('menuitem', { name: 'Switch role' }).click();
    const modal = page.getByRole('dialog', { name: 'Switch role' });
    await modal.getByLabel('Account ID').fill('1111');
    await modal.getByLabel('IAM role name').fill('DevelopmentReadOnly');
    await modal.getByRole('button', { name: 'Switch role' }).click();
    await modal.getByText('An account ID has 12 digits; this one has 4.').waitFor();
    await modal.getByLabel('Account ID').fill(production.alias);
    await modal.getByLabel('Display name').fill('Prod read-only');
    await modal.getByRole('radio', { name: 'Green' }).check();
    await saveScreenshot(page, 'switch-role-alias');
    await modal.getByRole('button', { name: 'Switch role' }).click();

    await signIn.identityMenu('Prod read-only').waitFor();
    await signIn.identityMenu('Prod read-only').click();
    await page.getByText(/Currently active as: DevelopmentReadOnly/).filter({ visible: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Switch back' }).click();
    await signIn.identityMenu(development.alias).click();
    await page.getByRole('menuitem', { name: 'Prod read-only' }).waitFor();
    await saveScreenshot(page, 'switch-role-history');
    await page.getByRole('menuitem', { name: 'Prod read-only' }).click();
    await signIn.identityMenu('Prod read-only').waitFor();

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await signIn.identityMenu('Prod read-only').click();
    await page.getByRole('menuitem', { name: 'Switch back' }).click();
    await signIn.identityMenu(development.alias).waitFor();
  });
});
