import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';

describe('Account settings', () => {
  const browser = browserSignedInAsRoot();

  it('shows the custom password policy and the alias, and saves an edited policy', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/account-settings'));
    const rules = page.getByTestId('password-policy-rules');
    await rules.getByText('Minimum password length is 14 characters').waitFor();
    const main = page.getByRole('main');
    await main.getByText(production.alias, { exact: true }).waitFor();
    await main.getByText(production.accountId, { exact: true }).waitFor();
    await saveScreenshot(page, 'account-settings');

    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Edit password policy' }).waitFor();
    const length = page.getByLabel('Password minimum length');
    await length.fill('5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Password minimum length must be a whole number from 6 to 128.').waitFor();
    await length.fill('16');
    await page.getByRole('checkbox', { name: 'Require at least one non-alphanumeric character' }).uncheck();
    await saveScreenshot(page, 'account-settings-edit-password-policy');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByText('Password policy updated.').waitFor();
    await rules.getByText('Minimum password length is 16 characters').waitFor();
    expect(await rules.textContent()).not.toContain('non-alphanumeric');
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
