import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';

describe('Policies → Create policy, JSON editor', () => {
  const browser = browserSignedInAsRoot();

  it('shows the evaluator finding inline and in the summary as "Version": "2012-01-17" is typed', async () => {
    const createPolicy = new CreatePolicyPage(browser.page);
    await createPolicy.open('json');
    // The untouched template is not flagged: nothing has been typed yet.
    await createPolicy.waitForFindingCounts({ Errors: 0 });
    expect(await browser.page.locator('.cm-lintRange-error').count()).toBe(0);
    const valid = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] };
    await createPolicy.setJson(JSON.stringify(valid, null, 4));
    await createPolicy.waitForFindingCounts({ Errors: 0 });

    await createPolicy.replaceJsonLine('"Version"', '"Version": "2012-01-17",');

    const diagnostic = browser.page.locator('.cm-lintRange-error');
    // Typed a character at a time: wait for the diagnostic of the whole value, not of a text on the way to it.
    await diagnostic.filter({ hasText: '"2012-01-17"' }).first().waitFor();
    expect(await diagnostic.allTextContents()).toEqual(['"2012-01-17"']);
    await createPolicy.waitForFindingCounts({ Errors: 1 });
    // The panel opens on the most severe findings.
    await browser.page.getByTestId('policy-findings').getByRole('tab', { name: 'Errors: 1', selected: true }).waitFor();
    expect(await createPolicy.findingMessages('Errors')).toEqual([expect.stringContaining('invalid policy version `2012-01-17`')]);
    await saveScreenshot(browser.page, 'json-editor-invalid-version');

    // The review step waits until the document is valid.
    await createPolicy.next();
    await browser.page.getByText('Fix the error in the policy to continue.', { exact: true }).waitFor();
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('completes actions of the service typed in Action', async () => {
    const createPolicy = new CreatePolicyPage(browser.page);
    await createPolicy.open('json');
    await createPolicy.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '', Resource: '*' }] }, null, 4));
    await createPolicy.typeInsideJsonString('"Action": "', 's3:GetObjectT');
    const completions = browser.page.locator('.cm-tooltip-autocomplete li');
    await completions.first().waitFor();
    expect(await completions.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('s3:GetObjectTagging'), expect.stringContaining('s3:GetObjectTorrent')]),
    );
    await saveScreenshot(browser.page, 'json-editor-autocomplete');
    await browser.page.keyboard.press('Enter');
    expect(JSON.parse(await createPolicy.jsonText()).Statement[0].Action).toMatch(/^s3:GetObjectT/);
  });

  it('edits NotAction and NotResource statements, and keeps only the statement it cannot show read-only', async () => {
    const createPolicy = new CreatePolicyPage(browser.page);
    await createPolicy.open('json');
    const document = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Sidd: 'typo' },
        { Sid: 'DenyAllElse', Effect: 'Deny', NotAction: 's3:GetObject', NotResource: 'arn:aws:s3:::reports/*' },
      ],
    };
    await createPolicy.setJson(JSON.stringify(document, null, 4));
    await createPolicy.switchTo('Visual');
    const unsupported = browser.page.getByTestId('unsupported-constructs');
    await unsupported.waitFor();
    expect(await unsupported.textContent()).toContain('$.Statement[0].Sidd');
    expect(await unsupported.textContent()).not.toContain('NotAction');
    // Statement 1 holds an element the visual editor cannot show: read-only. Statement 2, with NotAction, is not.
    const first = browser.page.getByTestId('statement-1');
    const second = browser.page.getByTestId('statement-2');
    expect(await first.getByLabel('Statement ID (Sid)').isEditable()).toBe(false);
    expect(await second.getByLabel('Statement ID (Sid)').isEditable()).toBe(true);
    expect(await browser.page.getByRole('button', { name: 'Add new statement' }).isDisabled()).toBe(false);
    await saveScreenshot(browser.page, 'visual-editor-not-action');

    // "Every action except those listed (NotAction)" off: the same list becomes Action; NotResource stays.
    await second.getByText('Every action except those listed (NotAction)').click();
    await second.getByLabel('Statement ID (Sid)').fill('DenyRead');
    await createPolicy.switchTo('JSON');
    expect(JSON.parse(await createPolicy.jsonText())).toEqual({
      ...document,
      Statement: [document.Statement[0], { Sid: 'DenyRead', Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::reports/*' }],
    });
  });
});
