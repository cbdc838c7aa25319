import { chromium, type Browser } from 'playwright-core';
import { startTestApi, type TestApi } from './support/test-api';

// GraphiQL in a real Chromium: the page must start from the local assets alone, under the server's CSP, and
// run a query against the API.
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await api.stop();
});

it('loads GraphiQL from this server only and runs a query', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(api.url)) foreignRequests.push(request.url());
  });

  await page.goto(api.graphqlUrl, { waitUntil: 'networkidle' });
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor();
  // Set through CodeMirror itself: typed braces would be auto-closed.
  await editor.evaluate((element) => (element as unknown as { CodeMirror: { setValue(text: string): void } }).CodeMirror.setValue('{ __typename }'));
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.result-window').getByText('"__typename": "Query"').waitFor();

  expect(foreignRequests).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
}, 30_000);
