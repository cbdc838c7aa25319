import { NextResponse, type NextRequest } from 'next/server';

/** A request signed with AWS Signature Version 4, in the Authorization header or presigned in the query string. */
function isSigV4Signed(request: NextRequest): boolean {
  if (/^AWS4-HMAC-SHA256\b/i.test(request.headers.get('authorization') ?? '')) return true;
  return [...request.nextUrl.searchParams.keys()].some((name) => name.toLowerCase() === 'x-amz-signature');
}

/**
 * Forwards /graphql to the API, so the browser and the API share one origin and the session cookie stays first-party.
 * This runs per request so that GATEHOUSE_API_URL is read when the console starts, not when it is built: a rewrite in
 * next.config is frozen into the build (routes-manifest.json) and would ignore `gatehouse start --api-port`.
 *
 * A SigV4-signed request is not forwarded: forwarding changes the Host header, which the signature covers, so the API
 * could only answer SignatureDoesNotMatch. The route app/graphql/signed-request reads it and says where to send it.
 */
export function proxy(request: NextRequest) {
  if (isSigV4Signed(request)) return NextResponse.rewrite(new URL('/graphql/signed-request', request.url));
  const apiUrl = process.env.GATEHOUSE_API_URL ?? 'http://127.0.0.1:4000';
  return NextResponse.rewrite(new URL(`/graphql${request.nextUrl.search}`, apiUrl));
}

export const config = { matcher: '/graphql' };
