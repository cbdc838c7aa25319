import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { saveScreenshot } from './harness/screenshots';
import { CreatePolicyPage } from './pages/create-policy-page';

describe('Policies → Create policy, the JSON editor side panel', () => {
  const browser = browserSignedInAsRoot();

  it('adds actions, a resource and a condition to the statement under the cursor', async () => {
    const { page } = browser;
    const createPolicy = new CreatePolicyPage(page);
    await createPolicy.open('json');
    const first = { Sid: 'First', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };
    const second = { Sid: 'Second', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' };
    // The user's own layout: two-space indentation, the first statement on one line.
    const typedHead = ['{', '  "Version":  "2012-10-17",', '  "Statement": [', `    ${JSON.stringify(first).replaceAll(',', ', ')},`];
    const typedTail = ['  ]', '}'];
    await createPolicy.setJson([...typedHead, ...JSON.stringify(second, null, 2).split('\n').map((line) => `    ${line}`), ...typedTail].join('\n'));

    // Beside the editor at 1280 pixels, as AWS's panel is.
    await saveScreenshot(page, 'json-editor-side-panel-layout');
    const editorBox = (await page.locator('.cm-editor').boundingBox())!;
    const panelBox = (await page.getByRole('heading', { name: 'Edit statement' }).boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(editorBox.x + editorBox.width);
    expect(panelBox.y).toBeLessThan(editorBox.y + editorBox.height / 2);

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

    // Only the statement touched changed: the rest is as typed; the statement keeps the document's indentation.
    const edited = await createPolicy.jsonText();
    expect(edited.startsWith(typedHead.join('\n'))).toBe(true);
    expect(edited.endsWith(['    }', ...typedTail].join('\n'))).toBe(true);
    expect(edited).toContain('\n    {\n      "Sid": "Second",\n      "Effect": "Allow",\n      "Action": [\n        "s3:GetObject",\n');
    expect(JSON.parse(edited)).toEqual({
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
