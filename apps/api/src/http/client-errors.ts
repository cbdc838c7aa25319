import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { isJsonRequest } from '../json-protocol/json-endpoint';
import { jsonErrorAnswer } from '../json-protocol/json-error';
import { isQueryRequest, queryRefusalXml } from '../query-protocol/query-endpoint';

interface Refusal {
  status: number;
  reason: string;
  message: string;
  /** The code of AWS's protocols (Query, JSON); GraphQL's JSON answers InvalidInput for every refusal. */
  awsCode: string;
}

const refusals: Record<string, Refusal> = {
  // IAM documents no code for it: RequestHeaderSectionTooLarge is S3's, AWS's one code for this refusal (S3 sends it with 400).
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: 'The request headers are larger than the server accepts.',
    awsCode: 'RequestHeaderSectionTooLarge',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'The request was not received in time.', awsCode: 'InvalidInput' },
};
const malformed: Refusal = { status: 400, reason: 'Bad Request', message: 'The request cannot be read.', awsCode: 'InvalidInput' };

/** `METHOD /target`: as much of the request line as routing needs, even when the target is cut off by the limit. */
const requestLineStart = /^([A-Z]+) (\/[^ \r\n]*)/;
const targetHeader = /\r\nx-amz-target[ \t]*:[ \t]*([^\r\n]*)/i;

/**
 * node:http's `clientError`: a request the HTTP parser refuses (headers over 16 KB, malformed, or too slow) is
 * answered in its API's error shape with an AWS code, as every other error is, instead of Node's bare status line;
 * then the connection is closed. The request was never routed: the bytes the parser was reading when it refused
 * (`rawPacket`) route it by the endpoints' own rules when they start with the request line, as they do for a request
 * sent in one piece: AWS's JSON protocol or Query API (the error AWS clients read), else GraphQL's JSON.
 */
export function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const refusal = refusals[error.code ?? ''] ?? malformed;
  const head = `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nconnection: close\r\n`;
  const requestId = randomUUID();
  switch (endpointOf(error.rawPacket)) {
    case 'json': {
      const { headers, body } = jsonErrorAnswer(refusal.awsCode, refusal.message, refusal.status);
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.end(`${head}x-amzn-RequestId: ${requestId}\r\n${lines.join('')}\r\n${body}`);
      return;
    }
    case 'query': {
      const body = queryRefusalXml(refusal.status, refusal.awsCode, refusal.message, requestId);
      socket.end(`${head}x-amzn-RequestId: ${requestId}\r\ncontent-type: text/xml\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return;
    }
    case 'graphql': {
      const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: 'InvalidInput' } }] });
      socket.end(`${head}content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
  }
}

function endpointOf(rawPacket: Buffer | undefined): 'json' | 'query' | 'graphql' {
  // The method and the target's first bytes, and X-Amz-Target if the bytes hold it: what routing reads.
  const line = rawPacket?.toString('latin1', 0, 32).match(requestLineStart);
  if (!rawPacket || !line) return 'graphql';
  const request = { method: line[1], url: line[2] };
  const target = rawPacket.toString('latin1').match(targetHeader)?.[1];
  if (isJsonRequest({ ...request, headers: target === undefined ? {} : { 'x-amz-target': target } })) return 'json';
  return isQueryRequest(request) ? 'query' : 'graphql';
}
