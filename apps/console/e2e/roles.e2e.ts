import { DEVELOPMENT_ACCOUNT_ID, demoAccounts } from '@gatehouse/seed';
import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphqlData } from './harness/signed-in-graphql';
import { SignInPage } from './pages/sign-in-page';

const development = demoAccounts.find((account) => account.accountId === DEVELOPMENT_ACCOUNT_ID)!;

describe('Roles', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** The dashboard's AWS Account panel: the account the console acts in, by ID and alias. */
  async function expectAccountShown(account: { accountId: string; alias: string }): Promise<void> {
    const panel = browser.page.getByRole('main');
    await panel.getByRole('heading', { name: 'AWS Account' }).waitFor();
    await panel.getByText(account.accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3'), { exact: true }).waitFor();
    await panel.getByText(account.alias, { exact: true }).waitFor();
  }

  async function switchRole(identityLabel: string): Promise<void> {
    const { page } = browser;
    await new SignInPage(page).identityMenu(identityLabel).click();
    await page.getByRole('menuitem', { name: 'Switch role' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByLabel('Account ID').fill(production.accountId);
    await modal.getByLabel('IAM role name').fill('DevelopmentDeploy');
    await modal.getByRole('button', { name: 'Switch role' }).click();
  }

  it('creates a role trusted by another account, which that account then assumes through Switch role', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page);
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);

    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('link', { name: 'DevelopmentReadOnly', exact: true }).waitFor();
    await page.getByText(`Account: ${development.accountId}`).waitFor();
    await saveScreenshot(page, 'roles-list');

    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('radio', { name: /^AWS account/ }).check();
    await page.getByRole('radio', { name: 'Another AWS account' }).check();
    await page.getByRole('textbox', { name: 'Account ID' }).fill('4444');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByText('Enter a 12-digit account ID.').first().waitFor();
    await page.getByRole('textbox', { name: 'Account ID' }).fill(development.accountId);
    await saveScreenshot(page, 'create-role-trusted-entity');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnlyAccess');
    await page.getByRole('checkbox', { name: 'Select ReadOnlyAccess' }).check();
    await saveScreenshot(page, 'create-role-permissions');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await page.getByRole('textbox', { name: 'Role name' }).fill('DevelopmentDeploy');
    await page.getByRole('textbox', { name: /^Description/ }).fill('Deployments from the development account.');
    const trustPolicy = await page.locator('.cm-content .cm-line').allTextContents();
    expect(JSON.parse(trustPolicy.join('\n'))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${development.accountId}:root` }, Action: 'sts:AssumeRole' }],
    });
    await page.getByTestId('role-review-policies').getByText('ReadOnlyAccess').waitFor();
    await saveScreenshot(page, 'create-role-review');
    await page.getByRole('button', { name: 'Create role' }).click();

    await page.getByRole('heading', { name: 'DevelopmentDeploy', level: 1 }).waitFor();
    await page.getByText('Role DevelopmentDeploy created.').waitFor();
    await page.getByRole('link', { name: 'ReadOnlyAccess', exact: true }).waitFor();
    await saveScreenshot(page, 'role-details');
    await page.getByRole('tab', { name: 'Trust relationships' }).click();
    await page.getByRole('button', { name: 'Edit trust policy' }).waitFor();
    await page.waitForURL(/\?tab=trust-relationships$/);
    await saveScreenshot(page, 'role-trust-relationships');

    await signIn.signOut(production.alias);
    await signIn.signInAsRoot(development.rootEmail, development.rootPassword);
    await expectAccountShown(development);
    await switchRole(development.alias);
    // While switched, the console shows the role's account, not the one signed in to.
    await signIn.identityMenu(`DevelopmentDeploy @ ${production.alias}`).waitFor();
    await expectAccountShown(production);
    await saveScreenshot(page, 'switched-role');

    await signIn.identityMenu(`DevelopmentDeploy @ ${production.alias}`).click();
    await page.getByRole('menuitem', { name: 'Switch back' }).click();
    await signIn.identityMenu(development.alias).waitFor();
    await expectAccountShown(development);
    // Switched again: the next test revokes this role session.
    await switchRole(development.alias);
    await signIn.identityMenu(`DevelopmentDeploy @ ${production.alias}`).waitFor();

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('edits a trust policy in the editors and revokes the sessions of a role', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page);
    await signIn.signOut(`DevelopmentDeploy @ ${production.alias}`);
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);
    await page.goto(consoleUrl('/roles/DevelopmentDeploy?tab=trust-relationships'));
    await page.getByRole('button', { name: 'Edit trust policy' }).click();
    await page.getByRole('heading', { name: 'Edit trust policy' }).waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const requireMfa = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${development.accountId}:root` },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    };
    await page.keyboard.insertText(JSON.stringify(requireMfa, null, 4));
    await page.getByRole('button', { name: 'Update policy' }).click();
    await page.getByText('Trust policy of DevelopmentDeploy updated.').waitFor();
    await page.locator('.cm-line', { hasText: 'aws:MultiFactorAuthPresent' }).waitFor();

    await page.getByRole('tab', { name: 'Revoke sessions' }).click();
    await page.getByRole('button', { name: 'Revoke active sessions' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke active sessions' }).click();
    // The switched session of the first test was issued for this role.
    await page.getByText(/^Revoked [1-9]\d* active sessions? of DevelopmentDeploy\.$/).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('edits the description and the maximum session duration from the role Summary', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/roles/DevelopmentDeploy'));
    const summary = page.getByRole('main');
    await summary.getByText('Deployments from the development account.').waitFor();
    // The Summary's Edit; the Permissions tab has its own, for inline policies.
    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const modal = page.getByRole('dialog', { name: 'Edit DevelopmentDeploy' });
    await modal.getByRole('textbox', { name: 'Description' }).fill('Deployments from development, reviewed by the platform team.');
    await modal.getByRole('button', { name: 'Maximum session duration' }).click();
    await modal.getByRole('option', { name: 'Custom duration' }).click();
    await modal.getByRole('textbox', { name: 'Custom duration' }).fill('3599');
    await modal.getByRole('button', { name: 'Save changes' }).click();
    await modal.getByText('Enter a whole number of seconds from 3,600 (1 hour) to 43,200 (12 hours).').waitFor();
    await modal.getByRole('textbox', { name: 'Custom duration' }).fill('5400');
    await saveScreenshot(page, 'role-edit');
    await modal.getByRole('button', { name: 'Save changes' }).click();

    await page.getByText('Role DevelopmentDeploy updated.').waitFor();
    await summary.getByText('Deployments from development, reviewed by the platform team.').waitFor();
    await summary.getByText('1 hour 30 minutes', { exact: true }).waitFor();
    const stored = async () =>
      (await signedInGraphqlData(page, '{ getRole(roleName: "DevelopmentDeploy") { description maxSessionDuration } }')).getRole as { description: string; maxSessionDuration: number };
    expect(await stored()).toEqual({ description: 'Deployments from development, reviewed by the platform team.', maxSessionDuration: 5400 });

    // A whole-hour choice again; the modal opens with the stored custom duration.
    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    expect(await modal.getByRole('textbox', { name: 'Custom duration' }).inputValue()).toBe('5400');
    await modal.getByRole('button', { name: 'Maximum session duration' }).click();
    await modal.getByRole('option', { name: '4 hours' }).click();
    await modal.getByRole('button', { name: 'Save changes' }).click();
    await summary.getByText('4 hours', { exact: true }).waitFor();
    expect((await stored()).maxSessionDuration).toBe(14400);
    await saveScreenshot(page, 'role-summary-edited');
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows the instance profile ARN of an EC2 role in its Summary, and none for a role no profile holds', async () => {
    const { page } = browser;
    /** The value of a Summary item, found by its label (Cloudscape's key-value pairs: a dt, then its dd). */
    const summaryValue = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    const instanceProfilesRead = () => page.waitForResponse((response) => response.request().postData()?.includes('ListInstanceProfilesForRole') ?? false);

    const seededRead = instanceProfilesRead();
    await page.goto(consoleUrl('/roles/WebsiteRole'));
    await page.getByRole('heading', { name: 'WebsiteRole', level: 1 }).waitFor();
    await seededRead;
    const profileArn = `arn:aws:iam::${production.accountId}:instance-profile/application/WebsiteRole`;
    await summaryValue('Instance profile ARN').getByText(profileArn, { exact: true }).waitFor();
    await saveScreenshot(page, 'role-summary-instance-profile');

    const plainRead = instanceProfilesRead();
    await page.goto(consoleUrl('/roles/DevelopmentDeploy'));
    await page.getByRole('heading', { name: 'DevelopmentDeploy', level: 1 }).waitFor();
    expect(await (await plainRead).json()).toMatchObject({ data: { listInstanceProfilesForRole: { edges: [] } } });
    await summaryValue('Path').waitFor();
    // The answer has been rendered once the next frame is painted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await summaryValue('Instance profile ARN').count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
