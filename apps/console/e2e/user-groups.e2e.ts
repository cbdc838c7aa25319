import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';

describe('User groups', () => {
  const browser = browserSignedInAsRoot();

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

  it("attaches and detaches a managed policy and adds and removes an inline policy on the group's Permissions tab", async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'User groups' }).first().click();
    await page.getByRole('link', { name: 'Auditors', exact: true }).click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByText('No policies attached to this user group.').waitFor();
    await page.getByText('No inline policies in this user group.').waitFor();

    await page.getByRole('button', { name: 'Attach policies' }).click();
    const attach = page.getByRole('dialog', { name: 'Attach policies to Auditors' });
    await attach.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: 'Select ReadOnlyAccess' }).check();
    await attach.getByRole('checkbox', { name: 'Select IAMReadOnlyAccess' }).check();
    await attach.getByRole('button', { name: 'Attach policies' }).click();
    await page.getByText('2 policies attached to Auditors.').waitFor();
    await page.getByRole('rowheader', { name: 'IAMReadOnlyAccess' }).waitFor();

    await page.getByRole('button', { name: 'Create inline policy' }).click();
    const inline = page.getByRole('dialog', { name: 'Create inline policy for Auditors' });
    await inline.getByRole('textbox', { name: 'Policy name' }).fill('has space');
    await inline.getByRole('button', { name: 'Create policy' }).click();
    await inline.getByText("The policy name can't contain a space. Use letters, numbers and + = , . @ _ -.", { exact: true }).waitFor();
    await inline.getByRole('textbox', { name: 'Policy name' }).fill('ReadCloudTrail');
    const editor = new CreatePolicyPage(page);
    await editor.switchTo('JSON');
    // AWS refuses a policy without a Resource: the API's MalformedPolicyDocument shows with its code, nothing is saved.
    await editor.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'cloudtrail:LookupEvents' }] }, null, 4));
    await inline.getByRole('button', { name: 'Create policy' }).click();
    await inline.getByText(/\(MalformedPolicyDocument\)$/).waitFor();
    await saveScreenshot(page, 'group-inline-policy-error');
    await editor.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'cloudtrail:LookupEvents', Resource: '*' }] }, null, 4));
    await inline.getByRole('button', { name: 'Create policy' }).click();
    await page.getByText('Inline policy ReadCloudTrail created for Auditors.').waitFor();
    await page.getByRole('rowheader', { name: 'ReadCloudTrail' }).waitFor();
    await saveScreenshot(page, 'group-details-permissions');

    await page.getByRole('checkbox', { name: 'Select ReadOnlyAccess' }).check();
    await page.getByRole('button', { name: 'Detach' }).click();
    await page.getByText('Policy ReadOnlyAccess detached from Auditors.').waitFor();
    await page.getByRole('rowheader', { name: 'ReadOnlyAccess', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Select inline ReadCloudTrail' }).check();
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('No inline policies in this user group.').waitFor();
    await page.getByRole('rowheader', { name: 'IAMReadOnlyAccess' }).waitFor();

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('creates a group with a permissions policy attached on the same page', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'User groups' }).first().click();
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByLabel('User group name').fill('Readers');
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnlyAccess');
    await page.getByRole('checkbox', { name: 'Select IAMReadOnlyAccess' }).check();
    await saveScreenshot(page, 'create-group-with-policies');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await page.getByText('Readers user group created.').waitFor();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('rowheader', { name: 'IAMReadOnlyAccess' }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
