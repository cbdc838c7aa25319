/** One GraphQL call as the reliability scenarios make it: plain fetch, a deadline, and what came back. */
export interface CallOutcome {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  requestId: string | null;
  /** No answer within the deadline. */
  hung: boolean;
  /** The connection failed before any answer (refused, reset). */
  unreachable: boolean;
  /** Why, when unreachable: the network error's code (ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET, …). */
  failure?: string;
  ms: number;
}

export async function call(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; deadlineMs?: number; headers?: Record<string, string> } = {},
): Promise<CallOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.deadlineMs ?? 10_000),
    });
    const text = await response.text();
    let body: { data?: Record<string, any> | null; errors?: CallOutcome['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text.slice(0, 200) }] };
    }
    return { status: response.status, ...body, requestId: response.headers.get('x-amzn-requestid'), hung: false, unreachable: false, ms: performance.now() - started };
  } catch (error) {
    const hung = error instanceof DOMException && error.name === 'TimeoutError';
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    const failure = hung ? undefined : String(cause?.code ?? cause?.message ?? error);
    return { status: 0, requestId: null, hung, unreachable: !hung, failure, ms: performance.now() - started };
  }
}

/** Signs in as a root user; the session cookie to send with every call. */
export async function rootSessionCookie(graphqlUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', variables: { input: { email, password } } }),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('gatehouse-session='));
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds until `probe` first resolves true, polling every `everyMs`; Infinity past `timeoutMs`. */
export async function msUntil(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 10): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return performance.now() - started;
    await sleep(everyMs);
  }
  return Infinity;
}
