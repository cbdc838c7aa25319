import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';
import { SignInPage } from './pages/sign-in-page';

describe('Policies → Create policy, the JSON editor side panel', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
    await new SignInPage(browser.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('adds actions, a resource and a condition to the statement under the cursor', async () => {
    const { page } = browser;
    const createPolicy = new CreatePolicyPage(page);
    await createPolicy.open('json');
    const first = { Sid: 'First', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };
    const second = { Sid: 'Second', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' };
    await createPolicy.setJson(JSON.stringify({ Version: '2012-10-17', Statement: [first, second] }, null, 4));

    await page.locator('.cm-line', { hasText: '"Sid": "Second"' }).click();
    await page.getByRole('button', { name: 'Choose a service' }).click();
    await page.getByPlaceholder('Search services').fill('s3');
    await page.getByRole('option', { name: 'Amazon S3 s3', exact: true }).click();
    await page.getByRole('button', { name: 'Actions to add' }).click();
    await page.getByPlaceholder('Search actions').fill('PutObject');
    await page.getByRole('option').filter({ hasText: /^PutObjectWrite/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add actions', exact: true }).click();

    await page.locator('.cm-line', { hasText: '"Sid": "Second"' }).click();
    await page.getByRole('textbox', { name: 'Resource ARN' }).fill('arn:aws:s3:::archive/*');
    await page.getByRole('button', { name: 'Add resource', exact: true }).click();
    await page.getByRole('textbox', { name: 'Condition key' }).fill('aws:SecureTransport');
    await page.getByRole('textbox', { name: 'Condition operator' }).fill('Bool');
    await page.getByRole('textbox', { name: 'Condition value' }).fill('true');
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    await page.locator('.cm-line', { hasText: '"Bool"' }).waitFor();
    await saveScreenshot(page, 'json-editor-side-panel');

    expect(JSON.parse(await createPolicy.jsonText())).toEqual({
      Version: '2012-10-17',
      Statement: [
        first,
        {
          ...second,
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: ['arn:aws:s3:::reports/*', 'arn:aws:s3:::archive/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    });

    // Outside any statement, the panel says where to put the cursor and changes nothing.
    await page.locator('.cm-line', { hasText: '"Version"' }).click();
    await page.getByRole('textbox', { name: 'Resource ARN' }).fill('arn:aws:s3:::other');
    await page.getByRole('button', { name: 'Add resource', exact: true }).click();
    await page.getByText('Put the cursor inside a statement.').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
