import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { SignInPage } from './pages/sign-in-page';

describe('Policy simulator', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
    await new SignInPage(browser.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });

  afterAll(async () => {
    await browser.close();
  });

  async function resultRow(action: string): Promise<string[]> {
    const row = browser.page.locator('tbody tr', { has: browser.page.getByRole('cell', { name: action, exact: true }) });
    return row.locator('td').allInnerTexts();
  }

  it("simulates a user's policies and names the statements that decide, then the context keys a condition needs", async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/simulator'));
    await page.getByRole('heading', { name: 'Policy simulator', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Simulate as' }).click();
    await page.getByRole('option', { name: /^jenkins/ }).click();
    await page.getByTestId('principal-policies').getByText('Attached: JenkinsDeploy').waitFor();

    await page.getByRole('button', { name: /^Service / }).click();
    await page.getByPlaceholder('Search services').fill('ec2');
    await page.getByRole('option', { name: 'Amazon EC2 ec2', exact: true }).click();
    await page.getByRole('button', { name: /^Actions / }).click();
    for (const action of ['DescribeInstances', 'TerminateInstances', 'DeleteVpc']) {
      await page.getByPlaceholder('Search actions').fill(action);
      // An option reads "DeleteVpcWrite": the action, then its access level (the live region may follow).
      await page.getByRole('option').filter({ hasText: new RegExp(`^${action}(List|Read|Write|Tagging|Permissions management)`) }).click();
    }
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('cell', { name: 'TerminateInstances', exact: true }).waitFor();

    expect((await resultRow('DescribeInstances')).slice(0, 4)).toEqual(['ec2', 'DescribeInstances', '*', 'Allowed']);
    expect((await resultRow('DescribeInstances'))[4]).toContain('Allow in JenkinsDeploy (Customer managed policy), statement 3 (SeeInstances)');
    expect((await resultRow('DeleteVpc'))[3]).toBe('Implicitly denied');
    const terminate = await resultRow('TerminateInstances');
    expect(terminate[3]).toBe('Implicitly denied');
    expect(terminate[4]).toContain('Missing context values:');
    expect(terminate[4]).toContain('aws:RequestedRegion');

    await page.getByText('Context keys (0)').click();
    const contextValues: Array<[string, string]> = [
      ['aws:RequestedRegion', 'eu-west-1'],
      ['aws:ResourceTag/Application', 'website'],
    ];
    for (const [key, value] of contextValues) {
      await page.getByRole('button', { name: 'Add context key' }).click();
      const keyInput = page.getByRole('combobox', { name: 'Context key' }).last();
      await keyInput.fill(key);
      await keyInput.press('Escape');
      await page.getByRole('textbox', { name: 'Values' }).last().fill(value);
    }
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((row) => row.textContent?.includes('TerminateInstances') && row.textContent.includes('Allowed')));
    expect((await resultRow('TerminateInstances'))[4]).toContain('statement 4 (DeployWebsite)');
    await saveScreenshot(page, 'policy-simulator');
    await saveScreenshot(page.getByRole('table').last(), 'policy-simulator-results');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
