// The sign-in page and the identity menu, as a person uses them.
import type { Page } from 'playwright-core';
import { consoleUrl } from '../harness/console-url';
import { waitForHydration } from '../harness/hydration';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(consoleUrl(`/signin${query}`));
    await this.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // Typed into before hydration, the form's fields would be reset by React, and a click on Sign in lost.
    await waitForHydration(this.page.getByRole('button', { name: 'Sign in' }));
  }

  async submitRootUser(email: string, password: string): Promise<void> {
    await this.page.getByRole('radio', { name: /^Root user/ }).check();
    await this.page.getByLabel('Root user email address').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async submitIamUser(account: string, userName: string, password: string): Promise<void> {
    await this.page.getByRole('radio', { name: /^IAM user/ }).check();
    await this.page.getByLabel('Account ID (12 digits) or account alias').fill(account);
    await this.page.getByLabel('IAM user name').fill(userName);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async submitMfaCode(code: string): Promise<void> {
    await this.page.getByRole('heading', { name: 'Multi-factor authentication' }).waitFor();
    await this.page.getByLabel('MFA code').fill(code);
    await this.page.getByRole('button', { name: 'Submit' }).click();
  }

  async submitNewPassword(newPassword: string): Promise<void> {
    await this.page.getByRole('heading', { name: 'Change password' }).waitFor();
    await this.page.getByLabel('New password', { exact: true }).fill(newPassword);
    await this.page.getByLabel('Retype new password').fill(newPassword);
    await this.page.getByRole('button', { name: 'Confirm password change' }).click();
  }

  /** Signed in: the console's dashboard shows, with the identity menu in the top bar. */
  async waitForDashboard(): Promise<void> {
    await this.page.getByRole('heading', { name: 'IAM dashboard' }).waitFor();
  }

  async signInAsRoot(email: string, password: string): Promise<void> {
    await this.open();
    await this.submitRootUser(email, password);
    await this.waitForDashboard();
  }

  /** The identity menu's button, named after the signed-in principal (`alice @ acme-production`). */
  identityMenu(label: string | RegExp) {
    return this.page.getByRole('button', { name: label });
  }

  async signOut(identityLabel: string | RegExp): Promise<void> {
    await this.identityMenu(identityLabel).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await this.page.getByRole('heading', { name: 'Sign in' }).waitFor();
  }
}
