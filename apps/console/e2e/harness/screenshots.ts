// Screenshots of each main screen, kept under apps/console/screenshots/ (git-ignored) to be looked at after a run.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { consoleDir } from './console-dir';


/**
 * A page as it shows in the 1280-pixel window, or one element of it whole (a long statement block). Full-page captures
 * are avoided: the sticky top bar would be painted in the middle of them.
 */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  const screenshotsDir = join(consoleDir(), 'screenshots');
  await mkdir(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await target.screenshot({ path });
  return path;
}
