import { NextResponse, type NextRequest } from 'next/server';

/**
 * Forwards /graphql to the API, so the browser and the API share one origin and the session cookie stays first-party.
 * This runs per request so that GATEHOUSE_API_URL is read when the console starts, not when it is built: a rewrite in
 * next.config is frozen into the build (routes-manifest.json) and would ignore `gatehouse start --api-port`.
 */
export function proxy(request: NextRequest) {
  const apiUrl = process.env.GATEHOUSE_API_URL ?? 'http://127.0.0.1:4000';
  return NextResponse.rewrite(new URL(`/graphql${request.nextUrl.search}`, apiUrl));
}

export const config = { matcher: '/graphql' };
