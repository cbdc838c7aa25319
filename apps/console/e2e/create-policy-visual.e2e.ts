import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';

describe('Policies: create in the visual editor, edit into versions, attach', () => {
  const browser = browserSignedInAsRoot();

  it('builds a policy from a service, actions by access level and an ARN built from fields, writes the JSON and creates it', async () => {
    const createPolicy = new CreatePolicyPage(browser.page);
    await createPolicy.open();
    await saveScreenshot(browser.page, 'create-policy-visual-empty');

    await createPolicy.chooseService('Choose a service', 's3', 'Amazon S3');
    await createPolicy.checkAction('Read', 'GetObject');
    await createPolicy.checkAction('List', 'ListBucket');
    await createPolicy.addArn('object', { 'Bucket name': 'reports' }, ['Object name']);
    await createPolicy.addArn('bucket', { 'Bucket name': 'reports' }, []);
    await createPolicy.addCondition('aws:SecureTransport', 'Bool', 'true');
    await createPolicy.collapseAccessLevel('List');
    await createPolicy.collapseAccessLevel('Read');
    await saveScreenshot(browser.page.getByTestId('statement-1'), 'create-policy-visual-statement');

    await createPolicy.switchTo('JSON');
    expect(JSON.parse(await createPolicy.jsonText())).toEqual(reportsReader);
    await createPolicy.waitForFindingCounts({ Errors: 0, Security: 0 });
    await saveScreenshot(browser.page, 'create-policy-json');

    await createPolicy.next();
    await expect(createPolicy.permissionsSummary()).resolves.toEqual([['Amazon S3\nAllow', 'Limited: List, Read', 'arn:aws:s3:::reports/*\narn:aws:s3:::reports', 'Bool aws:SecureTransport']]);
    await saveScreenshot(browser.page, 'create-policy-review');

    const { page } = browser;
    await page.getByRole('textbox', { name: 'Policy name' }).fill('ReportsReader');
    await page.getByRole('textbox', { name: /^Description/ }).fill('Reads the monthly reports over TLS.');
    await page.getByRole('button', { name: 'Add new tag' }).click();
    await page.getByPlaceholder('Enter key').fill('Project');
    await page.getByPlaceholder('Enter value').fill('reports');
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.getByRole('heading', { name: 'ReportsReader', level: 1 }).waitFor();
    await page.getByText('Policy ReportsReader created.').waitFor();
    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('heading', { name: 'Tags (1)' }).waitFor();
    expect([await page.getByPlaceholder('Enter key').inputValue(), await page.getByPlaceholder('Enter value').inputValue()]).toEqual(['Project', 'reports']);
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await saveScreenshot(page, 'policy-details');
    await page.getByRole('toolbar', { name: 'Permissions view' }).getByRole('button', { name: 'JSON' }).click();
    await page.locator('.cm-content').waitFor();
    expect(JSON.parse(await createPolicy.jsonText())).toEqual(reportsReader);

    // By the breadcrumb, always shown: a CI run found the side navigation folded away by the end of the wizard.
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('button', { name: 'Filter by type' }).click();
    await page.getByRole('option', { name: 'Customer managed' }).click();
    await page.getByRole('link', { name: 'ReportsReader', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'AdministratorAccess', exact: true }).count()).toBe(0);
    await saveScreenshot(page, 'policies-list');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('edits the policy: the new version v2 becomes the default; v1 can be made default again and v2 deleted', async () => {
    const { page } = browser;
    const createPolicy = new CreatePolicyPage(page);
    await page.getByRole('link', { name: 'ReportsReader', exact: true }).click();
    await page.getByRole('heading', { name: 'ReportsReader', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Modify permissions in ReportsReader' }).waitFor();
    await createPolicy.checkAction('List', 'ListAllMyBuckets');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    // The review: the new version's permissions, and AWS's "Set this new version as the default", ticked.
    await page.getByRole('heading', { name: 'Review and save', level: 1 }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Set this new version as the default.' }).isChecked()).toBe(true);
    await saveScreenshot(page, 'edit-policy-review');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByText('Policy ReportsReader updated: version v2 is the default.').waitFor();
    await page.getByRole('row', { name: /v2/ }).getByText('Default').waitFor();
    expect(await page.getByRole('row', { name: /v1/ }).getByText('Default').count()).toBe(0);
    await saveScreenshot(page, 'policy-versions');

    // Each version opens its JSON; two are compared side by side.
    await page.getByRole('link', { name: 'v1', exact: true }).click();
    await page.getByRole('heading', { name: 'ReportsReader: version v1' }).waitFor();
    await page.getByRole('button', { name: 'Compare with default' }).click();
    const diff = page.getByRole('table', { name: 'Differences between v1 and v2 (default)' });
    await diff.locator('[data-change="changed"], [data-change="added"]').locator('[data-side="right"]', { hasText: 's3:ListAllMyBuckets' }).first().waitFor();
    await saveScreenshot(page, 'policy-versions-compare');
    await page.goBack();
    await page.getByRole('heading', { name: 'ReportsReader: version v1' }).waitFor();
    await page.getByRole('button', { name: 'Set as default' }).click();
    await page.getByText('Version v1 is now the default.').waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Policy versions' }).click();
    await page.getByRole('row', { name: /v1/ }).getByText('Default').waitFor();
    await page.getByRole('checkbox', { name: 'Select version v2' }).check();
    await page.getByRole('tabpanel', { name: 'Policy versions' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Version v2 deleted.').waitFor();
    await page.getByRole('row', { name: /v2/ }).waitFor({ state: 'detached' });
    expect(browser.pageErrors).toEqual([]);
  });

  it('attaches the policy to a role and detaches it, listing it under Entities attached', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Entities attached' }).click();
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const modal = page.getByRole('dialog');
    await modal.getByRole('button', { name: /^User, group or role/ }).click();
    await modal.getByRole('option', { name: 'WebsiteRole' }).click();
    await modal.getByRole('button', { name: 'Attach policy' }).click();
    await page.getByText('Policy ReportsReader attached to role WebsiteRole.').waitFor();
    await page.getByRole('rowheader', { name: 'WebsiteRole', exact: true }).waitFor();
    await saveScreenshot(page, 'policy-entities-attached');

    await page.getByRole('checkbox', { name: 'Select WebsiteRole' }).check();
    await page.getByRole('button', { name: 'Detach' }).click();
    await page.getByText('No entities attached').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});

const reportsReader = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Statement1',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::reports/*', 'arn:aws:s3:::reports'],
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    },
  ],
};
