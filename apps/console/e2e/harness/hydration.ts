import type { Locator } from 'playwright-core';

/**
 * Waits until React has hydrated the element: a server-rendered button is visible and enabled before its handler is
 * attached, and a click in between is lost. React marks each element it has hydrated with a `__reactProps$…` key.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  const handle = await element.elementHandle();
  await element.page().waitForFunction((node) => Object.keys(node!).some((key) => key.startsWith('__reactProps$')), handle);
}
