/**
 * The path of a request target (`/graphql?x=1` → `/graphql`; none → `/`). Every request is routed and logged by it:
 * found without an array.
 */
export function urlPath(url: string | undefined): string {
  if (url === undefined) return '/';
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}
