// Answers requests that Node's HTTP parser refuses (headers over 16 KB, broken HTTP) in the JSON error
// shape too, instead of Node's bare status line; they never reach Express.
import { type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpError } from './errors.ts';

function refusal(code: string | undefined): HttpError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new HttpError(
      431,
      'headers_too_large',
      'The request line and headers are larger than the server accepts.',
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new HttpError(408, 'request_timeout', 'The request did not arrive in time.');
  }
  return new HttpError(400, 'bad_request', 'The request is not valid HTTP.');
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const refused = refusal(error.code);
    const body = JSON.stringify(refused.toBody());
    socket.end(
      `HTTP/1.1 ${refused.status} ${STATUS_CODES[refused.status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
