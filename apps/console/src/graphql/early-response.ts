/** Where the early-query script leaves its requests, by request body, for the client to take once. */
export const EARLY_QUERIES_GLOBAL = '__gatehouseEarlyQueries';

type EarlyQueries = Record<string, Promise<Response> | undefined>;

/**
 * The response of a request the page's HTML started before any bundle ran, if it sent exactly this body. Taken once:
 * a refresh of the same query goes to the network.
 */
export function takeEarlyResponse(body: BodyInit | null | undefined): Promise<Response> | undefined {
  if (typeof window === 'undefined' || typeof body !== 'string') return undefined;
  const pending = (window as unknown as Record<string, EarlyQueries | undefined>)[EARLY_QUERIES_GLOBAL];
  const response = pending?.[body];
  if (response) delete pending[body];
  return response;
}
