import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { saveScreenshot } from './harness/screenshots';

describe('Event history', () => {
  // The sign-in itself is an event this test can recognise: ConsoleLogin by the root user.
  const browser = browserSignedInAsRoot();

  it('lists the audit trail and filters it by event name, showing the CloudTrail record', async () => {
    const { page } = browser;
    await page.goto(consoleUrl('/event-history'));
    await page.getByRole('heading', { name: 'Event history', level: 1 }).waitFor();
    await page.getByRole('button', { name: /^View event / }).first().waitFor();

    await page.getByRole('searchbox', { name: 'Event name' }).fill('ConsoleLogin');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).waitFor();
    // The filtered page replaces the unfiltered one once the API answers.
    await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('tbody tr td:first-child')].map((link) => link.textContent);
      return names.length > 0 && names.every((name) => name === 'ConsoleLogin');
    });
    await saveScreenshot(page, 'event-history');

    await page.getByRole('button', { name: /^View event ConsoleLogin/ }).first().click();
    const modal = page.getByRole('dialog');
    await modal.getByText('"eventName": "ConsoleLogin"').waitFor();
    await saveScreenshot(page, 'event-history-record');
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
