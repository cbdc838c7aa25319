import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphql, signedInGraphqlData } from './harness/signed-in-graphql';
import { CreatePolicyPage } from './pages/create-policy-page';

/** A role's Permissions tab edits what groups and users can (attached, inline, boundary), and the role can be deleted. */
describe('Role permissions and delete', () => {
  const browser = browserSignedInAsRoot();
  const roleName = 'PermissionsTabRole';

  beforeAll(async () => {
    await signedInGraphqlData(browser.page, 'mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleName } }', {
      input: {
        roleName,
        assumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${production.accountId}:root` }, Action: 'sts:AssumeRole' }],
        }),
      },
    });
  });

  afterEach(() => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('attaches and detaches a policy, creates, edits and deletes an inline policy, and sets and removes the boundary', async () => {
    const { page } = browser;
    await page.goto(consoleUrl(`/roles/${roleName}`));
    await page.getByText('No policies attached to this role.').waitFor();

    await page.getByRole('button', { name: 'Attach policies' }).click();
    const attach = page.getByRole('dialog', { name: `Attach policies to ${roleName}` });
    await attach.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: 'Select IAMReadOnlyAccess' }).check();
    await attach.getByRole('button', { name: 'Attach policies' }).click();
    await page.getByText(`Policy attached to ${roleName}.`).waitFor();
    await page.getByRole('rowheader', { name: 'IAMReadOnlyAccess' }).waitFor();

    await page.getByRole('button', { name: 'Create inline policy' }).click();
    const inline = page.getByRole('dialog', { name: `Create inline policy for ${roleName}` });
    await inline.getByRole('textbox', { name: 'Policy name' }).fill('ReadLogs');
    const editor = new CreatePolicyPage(page);
    await editor.switchTo('JSON');
    await editor.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: '*' }] }, null, 4));
    await inline.getByRole('button', { name: 'Create policy' }).click();
    await page.getByText(`Inline policy ReadLogs created for ${roleName}.`).waitFor();

    await page.getByRole('checkbox', { name: 'Select inline ReadLogs' }).check();
    await page.getByRole('tabpanel', { name: 'Permissions' }).getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit ReadLogs of ${roleName}` });
    await editor.switchTo('JSON');
    await editor.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:FilterLogEvents', Resource: '*' }] }, null, 4));
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Inline policy ReadLogs saved for ${roleName}.`).waitFor();
    const stored = await signedInGraphqlData<{ getRolePolicy: { policyDocument: string } }>(
      page,
      'query ($roleName: String!, $policyName: String!) { getRolePolicy(roleName: $roleName, policyName: $policyName) { policyDocument } }',
      { roleName, policyName: 'ReadLogs' },
    );
    expect(JSON.parse(stored.getRolePolicy.policyDocument).Statement[0].Action).toBe('logs:FilterLogEvents');

    await page.getByRole('button', { name: 'Set boundary' }).click();
    const boundary = page.getByRole('dialog', { name: `Set permissions boundary for ${roleName}` });
    await boundary.getByRole('button', { name: /Choose a policy/ }).click();
    await boundary.getByPlaceholder('Filter policies').fill('PowerUser');
    await boundary.getByRole('option', { name: /^PowerUserAccess/ }).click();
    await boundary.getByRole('button', { name: 'Set boundary' }).click();
    await page.getByText(`Permissions boundary of ${roleName} set.`).waitFor();
    await page.getByText('arn:aws:iam::aws:policy/PowerUserAccess').waitFor();
    await saveScreenshot(page, 'role-permissions-editable');

    // AWS refuses to delete a role that still has policies: the refusal shows, the role stays.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${roleName}?` });
    await confirm.getByRole('textbox').fill('delete');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByText(/\(DeleteConflict\)$/).waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Remove boundary' }).click();
    await page.getByText('Permissions boundary (not set)').waitFor();
    await page.getByRole('checkbox', { name: 'Select inline ReadLogs' }).check();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('No inline policies in this role.').waitFor();
    await page.getByRole('checkbox', { name: 'Select IAMReadOnlyAccess' }).check();
    await page.getByRole('button', { name: 'Detach', exact: true }).click();
    await page.getByText('No policies attached to this role.').waitFor();
  });

  it('deletes the role once nothing blocks it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${roleName}?` });
    await confirm.getByRole('textbox').fill('delete');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText(`Role ${roleName} deleted.`).waitFor();
    await page.waitForURL(/\/roles$/);
    const gone = await signedInGraphql(page, 'query ($roleName: String!) { getRole(roleName: $roleName) { roleName } }', { roleName });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NoSuchEntity');
  });
});
