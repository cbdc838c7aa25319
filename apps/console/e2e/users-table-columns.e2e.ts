import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { saveScreenshot } from './harness/screenshots';

/** The Users table's credential columns, AWS's set, chosen in the table's preferences. */
describe('Users table columns', () => {
  const browser = browserSignedInAsRoot();

  it("shows MFA, password age and the access keys' age, and the key IDs once chosen in the preferences", async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/users'));
    // The table takes keyboard navigation, so its cells are grid cells.
    const alice = page.getByRole('row', { name: /alice/ });
    // alice has a console password set today and no MFA; jenkins has only an active access key.
    await alice.getByRole('gridcell', { name: 'None', exact: true }).waitFor();
    await alice.getByRole('gridcell', { name: '0 days', exact: true }).waitFor();
    const jenkins = page.getByRole('row', { name: /jenkins/ });
    await jenkins.getByRole('gridcell', { name: '0 days', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Preferences' }).click();
    const preferences = page.getByRole('dialog', { name: 'Preferences' });
    await preferences.getByRole('checkbox', { name: 'Access key ID' }).check();
    await preferences.getByRole('checkbox', { name: 'Access key last used' }).check();
    await preferences.getByRole('button', { name: 'Confirm' }).click();
    await jenkins.getByText(/^AKIA[A-Z2-7]{16} - Active$/).waitFor();
    await page.getByRole('columnheader', { name: /Access key last used/ }).waitFor();
    await saveScreenshot(page, 'users-table-credential-columns');
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
