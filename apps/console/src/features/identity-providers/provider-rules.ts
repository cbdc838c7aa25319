// AWS's rules for CreateOpenIDConnectProvider's Url and client IDs, checked as the user types.

/** AWS: `https://` and a host (optionally a path), at most 255 characters, no query string or fragment. */
export function providerUrlError(url: string): string | undefined {
  const value = url.trim();
  if (value === '') return 'Enter the provider URL.';
  if (value.length > 255) return 'The provider URL can have up to 255 characters.';
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(value)) return 'Enter a URL that begins with https://, without a query string or fragment.';
  return undefined;
}

/** AWS: a client ID is 1–255 characters. */
export function audienceError(audience: string): string | undefined {
  const value = audience.trim();
  if (value === '') return 'Enter an audience.';
  if (value.length > 255) return 'The audience can have up to 255 characters.';
  return undefined;
}
