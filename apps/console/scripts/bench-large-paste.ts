// How long a large paste into the JSON policy editor takes to show its findings, and how long it blocks the page:
// the production build under `next start`, a real API, Debian's Chromium. The figures were 4.6 KB 0.23 s,
// 19.7 KB 0.86 s, 76 KB 7.4 s, 141 KB 28 s; the target is findings within 300 ms, and input never blocked, up to 150 KB.
// Run from apps/console after `npm run build`:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:large-paste
// Reported, not asserted: the machine is shared, so a timed test would fail for reasons of its neighbours.
import { startApi } from '../e2e/harness/api-server';
import { openBrowser } from '../e2e/harness/browser';
import { startConsole } from '../e2e/harness/console-server';
import { production } from '../e2e/harness/demo-environment';
import { CreatePolicyPage } from '../e2e/pages/create-policy-page';
import { SignInPage } from '../e2e/pages/sign-in-page';

const SIZES_KB = [4.6, 19.7, 76, 141];

/** A policy of about `bytes`, pretty-printed, whose last statement has an invalid Effect (one finding to wait for). */
function policyOfAbout(bytes: number): string {
  const statements: object[] = [];
  for (let i = 0; JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4).length < bytes; i += 1) {
    statements.push({
      Sid: `Reports${i}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'iam:GetUser', 'ec2:DescribeInstances'],
      Resource: [`arn:aws:s3:::reports-${i}`, `arn:aws:s3:::reports-${i}/*`],
      Condition: { StringEquals: { 'aws:PrincipalTag/team': [`team-${i}`, 'platform'] } },
    });
  }
  statements.push({ Sid: 'Broken', Effect: 'Alow', Action: 's3:GetObject', Resource: '*' });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
}

const api = await startApi();
const consoleServer = await startConsole({ GATEHOUSE_API_URL: api.url });
process.env.GATEHOUSE_CONSOLE_URL = consoleServer.url;
const browser = await openBrowser();
try {
  const { page } = browser;
  await new SignInPage(page).signInAsRoot(production.rootEmail, production.rootPassword);
  const editor = new CreatePolicyPage(page);
  await editor.open('json');
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const valid = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] }, null, 4);
  for (const kb of SIZES_KB) {
    const text = policyOfAbout(kb * 1024);
    await editor.setJson(valid);
    await editor.waitForFindingCounts({ Errors: 0 }, 60_000);
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    // A paste as the browser delivers it: a paste event with the text on its clipboard data, which CodeMirror reads.
    // (Playwright's insertText is a typed-in composition, not a paste, and CodeMirror's DOM reading of it is slower.)
    const started = Date.now();
    await page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const inputHandled = Date.now() - started;
    // A key typed right after the paste: how long until the page handles it (input blocked, or not).
    const keyStarted = Date.now();
    await page.keyboard.press('End');
    const keyHandled = Date.now() - keyStarted;
    await page.waitForFunction(
      () => {
        const label = [...document.querySelectorAll('[data-testid="policy-findings"] [role="tab"]')].map((tab) => tab.textContent ?? '').find((t) => t.startsWith('Errors'));
        return label !== undefined && label !== 'Errors: 0';
      },
      undefined,
      { timeout: 120_000, polling: 10 },
    );
    const findingsShown = Date.now() - started;
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
    console.log(
      `${(text.length / 1024).toFixed(1)} KB: findings shown after ${findingsShown} ms (paste handled in ${inputHandled} ms, next key in ${keyHandled} ms), longest main-thread task ${Math.round(longest)} ms`,
    );
  }
} finally {
  await browser.close();
  await consoleServer.stop();
  await api.stop();
}
