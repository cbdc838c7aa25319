import { generateTotpCode } from '@gatehouse/credentials';
import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphqlData } from './harness/signed-in-graphql';
import { SignInPage } from './pages/sign-in-page';

const TOTP_STEP_MS = 30_000;
const bob = { userName: 'bob', password: 'Bob-Production-2026!' };

/**
 * "My security credentials" from the identity menu: an IAM user with nothing but the self-service permissions
 * (bob, through the seed's Developers group: PowerUserAccess, IAMUserChangePassword, ManageOwnCredentials) manages
 * their own MFA and access keys; a user allowed only to change their password is told what else they may not do;
 * the root user gets MFA, password change and root access keys with AWS's warning.
 */
describe('My security credentials', () => {
  let browser: ConsoleBrowser;
  let signIn: SignInPage;

  beforeAll(async () => {
    browser = await openBrowser();
    signIn = new SignInPage(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  afterEach(() => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  /** The side navigation's highlighted links (Cloudscape marks the active one, and its header on `/`, `aria-current="page"`). */
  async function highlightedNavigation(): Promise<string[]> {
    return browser.page.getByRole('navigation', { name: 'Side navigation' }).locator('a[aria-current="page"]').allTextContents();
  }

  /** Assigns a virtual MFA device in the open Security credentials page; returns its seed. */
  async function assignMfa(): Promise<string> {
    const { page } = browser;
    await page.getByRole('button', { name: 'Assign MFA device' }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Show secret key' }).click();
    const seed = (await page.getByRole('dialog').locator('code, [class*="code"]').last().textContent())?.trim() ?? '';
    const now = Date.now();
    await page.getByLabel('MFA code 1').fill(generateTotpCode(seed, new Date(now - TOTP_STEP_MS)));
    await page.getByLabel('MFA code 2').fill(generateTotpCode(seed, new Date(now)));
    await page.getByRole('button', { name: 'Add MFA' }).click();
    return seed;
  }

  it('lets bob, with only self-service permissions, manage his own MFA device and access keys', async () => {
    const { page } = browser;
    await signIn.open(`?account=${production.alias}`);
    await signIn.submitIamUser(production.alias, bob.userName, bob.password);
    await signIn.waitForDashboard();
    // bob may not list the account's aliases: the menu names the account by its ID.
    await signIn.identityMenu(/^bob @ /).click();
    await page.getByRole('menuitem', { name: 'Security credentials' }).click();
    await page.getByRole('heading', { name: 'My security credentials', level: 1 }).waitFor();
    await page.getByText(`arn:aws:iam::${production.accountId}:user/engineering/bob`).waitFor();
    // A page the side navigation does not list highlights none of its entries, as AWS's console (not Dashboard).
    expect(await highlightedNavigation()).toEqual([]);
    // Nothing on the page needs iam:GetUser, which bob does not have.
    await page.getByText('No MFA devices.').waitFor();
    expect(await page.getByText("You don't have permission").count()).toBe(0);

    await assignMfa();
    await page.getByRole('rowheader', { name: `arn:aws:iam::${production.accountId}:mfa/bob` }).waitFor();

    await page.getByRole('button', { name: 'Create access key' }).click();
    await page.getByRole('radio', { name: 'Other' }).check();
    await page.getByRole('checkbox', { name: /I understand the above recommendation/ }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    // bob may create his own key but not tag his user (iam:TagUser): the key is made without the description.
    await page.getByRole('dialog').getByRole('button', { name: 'Create access key' }).click();
    await page.getByRole('heading', { name: 'Retrieve access keys' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('radio', { name: /^Select AKIA/ }).check();
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Inactive').waitFor();
    await saveScreenshot(page, 'my-security-credentials-iam-user');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const accessKeyId = (await page.getByRole('rowheader', { name: /^AKIA/ }).textContent())!.trim();
    await page.getByLabel('Access key ID to confirm deletion').fill(accessKeyId);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No access keys.').waitFor();

    await page.getByRole('radio', { name: /^Select arn:aws:iam::\d+:mfa\/bob/ }).check();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('No MFA devices.').waitFor();
    expect(await page.getByText("You don't have permission").count()).toBe(0);
    await signIn.signOut(/^bob @ /);
  });

  it('tells a user allowed only to change their password what the other sections need, and changes the password', async () => {
    const { page } = browser;
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);
    const userName = 'pat-password-only';
    await signedInGraphqlData(page, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }', { input: { userName } });
    await signedInGraphqlData(page, 'mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
      input: { userName, password: 'Pat-First-Password-1!', passwordResetRequired: false },
    });
    await signedInGraphqlData(page, 'mutation ($input: PutUserPolicyInput!) { putUserPolicy(input: $input) { policyName } }', {
      input: {
        userName,
        policyName: 'ChangeOwnPassword',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: `arn:aws:iam::*:user/\${aws:username}` }],
        }),
      },
    });
    await signIn.signOut(production.alias);
    await signIn.open(`?account=${production.alias}`);
    await signIn.submitIamUser(production.alias, userName, 'Pat-First-Password-1!');
    await signIn.waitForDashboard();
    await page.goto(consoleUrl('/security-credentials'));
    await page.getByText("You don't have permission to iam:ListMFADevices").waitFor();
    await page.getByText("You don't have permission to iam:ListAccessKeys").waitFor();
    await page.getByText("so the access keys can't be listed, deactivated or deleted here").waitFor();

    await page.getByLabel('Current password').fill('Pat-First-Password-1!');
    await page.getByLabel('New password', { exact: true }).fill('Pat-Second-Password-2!');
    await page.getByLabel('Confirm new password').fill('Pat-Second-Password-2?');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The passwords do not match.').waitFor();
    await page.getByLabel('Confirm new password').fill('Pat-Second-Password-2!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();
    await saveScreenshot(page, 'my-security-credentials-limited');
    // A list the user may not read says so in the table, naming the action.
    await page.goto(consoleUrl('/users'));
    await page.getByText("You don't have permission to list users").waitFor();
    await page.getByText('iam:ListUsers', { exact: true }).waitFor();
    await saveScreenshot(page, 'users-list-no-permission');
    await signIn.signOut(new RegExp(`^${userName} @ `));
    await signIn.open(`?account=${production.alias}`);
    await signIn.submitIamUser(production.alias, userName, 'Pat-Second-Password-2!');
    await signIn.waitForDashboard();
    await signIn.signOut(new RegExp(`^${userName} @ `));
  });

  it("gives the root user MFA, a password change and root access keys with AWS's warning", async () => {
    const { page } = browser;
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);
    // The previous test's user goes, so that the other browser tests count the seeded users only.
    await signedInGraphqlData(page, 'mutation { deleteUserAndDependents(input: { userName: "pat-password-only" }) { userName } }');
    expect(await highlightedNavigation()).toContain('Dashboard');
    await signIn.identityMenu(production.alias).click();
    await page.getByRole('menuitem', { name: 'Security credentials' }).click();
    await page.getByRole('heading', { name: 'My security credentials (root user)', level: 1 }).waitFor();
    expect(await highlightedNavigation()).toEqual([]);
    await page.getByText('Root user access keys', { exact: true }).waitFor();
    await page.getByText("We don't recommend that you create root user access keys", { exact: false }).waitFor();

    const seed = await assignMfa();
    const serialNumber = `arn:aws:iam::${production.accountId}:mfa/root-account-mfa-device`;
    await page.getByRole('rowheader', { name: serialNumber }).waitFor();
    const summary = await signedInGraphqlData<{ getAccountSummary: { summaryMap: { key: string; value: number }[] } }>(
      page,
      '{ getAccountSummary { summaryMap { key value } } }',
    );
    expect(summary.getAccountSummary.summaryMap.find((entry) => entry.key === 'AccountMFAEnabled')?.value).toBe(1);
    await saveScreenshot(page, 'my-security-credentials-root');
    // The dashboard's recommendations follow at once.
    await page.goto(consoleUrl('/'));
    await page.getByText('Root user has MFA').waitFor();

    // Signing in again now asks for the root user's MFA code.
    await signIn.signOut(production.alias);
    await signIn.open();
    await signIn.submitRootUser(production.rootEmail, production.rootPassword);
    await signIn.submitMfaCode(generateTotpCode(seed, new Date(Date.now() + TOTP_STEP_MS)));
    await signIn.waitForDashboard();

    await page.goto(consoleUrl('/security-credentials'));
    await page.getByLabel('Current password').fill(production.rootPassword);
    await page.getByLabel('New password', { exact: true }).fill('alllowercase');
    await page.getByLabel('Confirm new password').fill('alllowercase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password should have at least three of: uppercase letters, lowercase letters, numbers, symbols (PasswordPolicyViolation)').first().waitFor();
    await page.getByLabel('New password', { exact: true }).fill('Root-Temporary-2026!');
    await page.getByLabel('Confirm new password').fill('Root-Temporary-2026!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();
    // Back to the seeded password, which the other browser tests sign in with.
    await signedInGraphqlData(page, 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', {
      input: { oldPassword: 'Root-Temporary-2026!', newPassword: production.rootPassword },
    });

    await page.getByRole('radio', { name: `Select ${serialNumber}` }).check();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('No MFA devices.').waitFor();
  });
});
