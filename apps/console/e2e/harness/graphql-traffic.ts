// What a page received from /graphql while it loaded: for checking that a screen asks only for what it shows.
import type { Locator, Page, Response } from 'playwright-core';

export interface GraphqlTraffic {
  /** The bodies' bytes, as the browser received them (decoded). */
  bytes: number;
  /** The `versionId` of every policy version whose `document` came back, in the order received. */
  policyVersionDocuments: string[];
}

/** The policy versions (objects with `versionId` and `document`) anywhere in a GraphQL response's data. */
function versionsWithDocuments(value: unknown, found: string[]): string[] {
  if (Array.isArray(value)) {
    for (const item of value) versionsWithDocuments(item, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.document === 'string' && typeof record.versionId === 'string') found.push(record.versionId);
    for (const child of Object.values(record)) versionsWithDocuments(child, found);
  }
  return found;
}

/**
 * Loads `url` and records every /graphql response the page gets until `shown` is on screen and the network has then
 * been idle for half a second (every query the screen makes has answered).
 */
export async function graphqlTrafficOf(page: Page, url: string, shown: Locator): Promise<GraphqlTraffic> {
  // The page before must have nothing in flight: a response to it cannot be read once the browser has left it.
  await page.waitForLoadState('networkidle');
  const bodies: Array<Promise<Buffer>> = [];
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname === '/graphql' && response.request().method() === 'POST') bodies.push(response.body());
  };
  page.on('response', onResponse);
  try {
    await page.goto(url);
    await shown.waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const received = await Promise.all(bodies);
  return {
    bytes: received.reduce((sum, body) => sum + body.length, 0),
    policyVersionDocuments: received.flatMap((body) => versionsWithDocuments(JSON.parse(body.toString('utf8')), [])),
  };
}
