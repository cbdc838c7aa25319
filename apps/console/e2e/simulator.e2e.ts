import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { waitForHydration } from './harness/hydration';
import { saveScreenshot } from './harness/screenshots';

describe('Policy simulator', () => {
  const browser = browserSignedInAsRoot();

  async function resultRow(action: string): Promise<string[]> {
    const row = browser.page.locator('tbody tr', { has: browser.page.getByRole('cell', { name: action, exact: true }) });
    return row.locator('td').allInnerTexts();
  }

  it("simulates a user's policies and names the statements that decide, then the context keys a condition needs", async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/simulator'));
    await page.getByRole('heading', { name: 'Policy simulator', level: 1 }).waitFor();

    await waitForHydration(page.getByRole('button', { name: 'Simulate as' }));
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

    // Untick the user's only policy, as AWS's simulator allows: with nothing left to simulate, it says so.
    const jenkinsDeploy = page.getByRole('checkbox', { name: 'Attached: JenkinsDeploy' });
    await jenkinsDeploy.uncheck();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByText('Tick at least one of the policies, or add a policy.').waitFor();
    // With a pasted policy that allows only DescribeInstances, JenkinsDeploy's TerminateInstances is no longer allowed.
    await page.getByRole('button', { name: 'Add policy' }).click();
    await page.getByRole('textbox', { name: 'Policies to add' }).fill(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' }] }),
    );
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((row) => row.textContent?.includes('TerminateInstances') && row.textContent.includes('Implicitly denied')));
    expect((await resultRow('DescribeInstances'))[3]).toBe('Allowed');
    expect((await resultRow('DescribeInstances'))[4]).not.toContain('JenkinsDeploy');
    await saveScreenshot(page, 'policy-simulator-unticked');
    // Ticked again, JenkinsDeploy decides once more.
    await jenkinsDeploy.check();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((row) => row.textContent?.includes('TerminateInstances') && row.textContent.includes('Allowed')));
    expect((await resultRow('TerminateInstances'))[4]).toContain('statement 4 (DeployWebsite)');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('simulates pasted policies within a permissions boundary, then with a resource-based policy for a caller, then for another account\'s resource', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/simulator'));
    await page.getByRole('heading', { name: 'Policy simulator', level: 1 }).waitFor();
    const allow = (action: string, extra: Record<string, unknown> = {}) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*', ...extra }] });

    await waitForHydration(page.getByRole('button', { name: 'Add policy' }));
    await page.getByRole('button', { name: 'Add policy' }).click();
    await page.getByRole('textbox', { name: 'Policies to add' }).fill(allow('s3:PutObject'));
    await page.getByRole('textbox', { name: 'Permissions boundary policy' }).fill(allow('s3:GetObject'));
    await page.getByRole('button', { name: /^Service / }).click();
    await page.getByPlaceholder('Search services').fill('s3');
    await page.getByRole('option', { name: 'Amazon S3 s3', exact: true }).click();
    await page.getByRole('button', { name: /^Actions / }).click();
    for (const [action, accessLevel] of [['GetObject', 'Read'], ['PutObject', 'Write']]) {
      await page.getByPlaceholder('Search actions').fill(action!);
      // An option reads "GetObjectRead": the action, then its access level (GetObjectTagging must not match).
      await page.getByRole('option').filter({ hasText: new RegExp(`^${action}${accessLevel}`) }).click();
    }
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Resources' }).fill('arn:aws:s3:::reports/2026.csv');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('cell', { name: 'PutObject', exact: true }).waitFor();
    // The identity policy allows PutObject, the boundary only GetObject: neither is allowed.
    expect((await resultRow('PutObject')).slice(3, 5)).toEqual(['Implicitly denied', expect.stringContaining('Not allowed by the permissions boundary')]);
    expect((await resultRow('GetObject'))[3]).toBe('Implicitly denied');
    await saveScreenshot(page, 'policy-simulator-boundary');

    await page.getByRole('textbox', { name: 'Permissions boundary policy' }).fill('');
    await page.getByText(/^Resource-based policy and caller/).click();
    const reader = `arn:aws:iam::${production.accountId}:user/reader`;
    await page.getByRole('textbox', { name: 'Resource-based policy' }).fill(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Principal: { AWS: reader }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] }),
    );
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByText('Enter a caller ARN: a resource-based policy is matched against it.').waitFor();
    await page.getByRole('textbox', { name: 'Caller ARN' }).fill(reader);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((row) => row.textContent?.includes('GetObject') && row.textContent.includes('Allowed')));
    expect((await resultRow('GetObject'))[4]).toContain('Allow in ResourcePolicy (Resource-based policy), statement 1 (ReadReports)');
    expect((await resultRow('PutObject'))[3]).toBe('Allowed');
    await saveScreenshot(page, 'policy-simulator-resource-policy');
    await saveScreenshot(page.getByRole('table').last(), 'policy-simulator-resource-policy-results');

    // AWS: across accounts the resource policy alone is not enough; the caller's identity policies must allow too.
    await page.getByRole('textbox', { name: 'Resource owner' }).fill('444455556666');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((row) => row.textContent?.includes('GetObject') && row.textContent.includes('Implicitly denied')));
    expect((await resultRow('PutObject'))[3]).toBe('Implicitly denied');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
