// Structured JSON logs (pino). Request logs carry ids and timings, never query parameters or secrets.
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.params'],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
