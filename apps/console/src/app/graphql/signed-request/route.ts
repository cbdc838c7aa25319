// The answer to a SigV4-signed request sent to the console's /graphql (src/proxy.ts sends it here): the API's own URL,
// in the GraphQL error shape the API uses. 400 rather than 421 Misdirected Request, which Node's fetch (undici) fails
// on while it still sends the body.

export const dynamic = 'force-dynamic';

function misdirected(): Response {
  const apiUrl = new URL('/graphql', process.env.GATEHOUSE_API_URL ?? 'http://127.0.0.1:4000');
  const message =
    `Signed (SigV4) requests cannot go through the console's /graphql: it forwards them to the API under another host ` +
    `name, which changes what was signed. Send them to the API's own URL, ${apiUrl}.`;
  return Response.json({ errors: [{ message, extensions: { code: 'MisdirectedRequest' } }] }, { status: 400 });
}

export async function POST(request: Request): Promise<Response> {
  // Read to its end, so that the client can finish sending before it reads the answer.
  await request.arrayBuffer();
  return misdirected();
}

export function GET(): Response {
  return misdirected();
}
