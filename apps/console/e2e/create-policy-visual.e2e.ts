import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';
import { SignInPage } from './pages/sign-in-page';

describe('Policies → Create policy, visual editor', () => {
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
    // The console's pages are behind sign-in.
    await new SignInPage(browser.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('builds a policy from a service, actions by access level and an ARN built from fields, and writes the JSON', async () => {
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
    expect(JSON.parse(await createPolicy.jsonText())).toEqual({
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
    });
    await createPolicy.waitForFindingCounts({ Errors: 0, Security: 0 });
    await saveScreenshot(browser.page, 'create-policy-json');

    await createPolicy.next();
    await expect(createPolicy.permissionsSummary()).resolves.toEqual([['Amazon S3\nAllow', 'Limited: List, Read', 'arn:aws:s3:::reports/*\narn:aws:s3:::reports', 'Bool aws:SecureTransport']]);
    await saveScreenshot(browser.page, 'create-policy-review');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
