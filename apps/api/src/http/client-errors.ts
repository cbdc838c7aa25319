import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { isQueryRequest, queryRefusalXml } from '../query-protocol/query-endpoint';

interface Refusal {
  status: number;
  reason: string;
  message: string;
  /** The Query API's code; GraphQL's JSON answers InvalidInput for every refusal. */
  queryCode: string;
}

const refusals: Record<string, Refusal> = {
  // IAM documents no code for it: RequestHeaderSectionTooLarge is S3's, AWS's one code for this refusal (S3 sends it with 400).
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: 'The request headers are larger than the server accepts.',
    queryCode: 'RequestHeaderSectionTooLarge',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'The request was not received in time.', queryCode: 'InvalidInput' },
};
const malformed: Refusal = { status: 400, reason: 'Bad Request', message: 'The request cannot be read.', queryCode: 'InvalidInput' };

/** `METHOD /target`: as much of the request line as routing needs, even when the target is cut off by the limit. */
const requestLineStart = /^([A-Z]+) (\/[^ \r\n]*)/;

/**
 * node:http's `clientError`: a request the HTTP parser refuses (headers over 16 KB, malformed, or too slow) is
 * answered in its API's error shape with an AWS code, as every other error is, instead of Node's bare status line;
 * then the connection is closed. The request was never routed: the bytes the parser was reading when it refused
 * (`rawPacket`) tell a Query API call (XML, as AWS clients read errors) from a GraphQL one (JSON) when they start with
 * the request line, as they do for a request sent in one piece; without it the answer is GraphQL's.
 */
export function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const refusal = refusals[error.code ?? ''] ?? malformed;
  const head = `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nconnection: close\r\n`;
  if (isQueryCall(error.rawPacket)) {
    const requestId = randomUUID();
    const body = queryRefusalXml(refusal.status, refusal.queryCode, refusal.message, requestId);
    socket.end(`${head}x-amzn-RequestId: ${requestId}\r\ncontent-type: text/xml\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    return;
  }
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: 'InvalidInput' } }] });
  socket.end(`${head}content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

function isQueryCall(rawPacket: Buffer | undefined): boolean {
  // The method and the target's first bytes decide: `/` then `?` or the line's end.
  const line = rawPacket?.toString('latin1', 0, 32).match(requestLineStart);
  return line !== null && line !== undefined && isQueryRequest({ method: line[1], url: line[2] });
}
