// Structured JSON logs (pino). Request logs carry ids and timings, never query parameters or secrets.
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.params'],
      remove: true,
    },
  });
}
