import type { Socket } from 'node:net';

const statusOf: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request was not received in time.'],
};

/**
 * node:http's `clientError`: a request the HTTP parser refuses (headers over 16 KB, malformed, or too slow) is
 * answered in the API's error shape with an AWS code, as every other error is, instead of Node's bare status line;
 * then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] = statusOf[error.code ?? ''] ?? [400, 'Bad Request', 'The request cannot be read.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'InvalidInput' } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
