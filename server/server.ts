// Listens with the app, and closes gracefully: in-flight requests finish before the driver closes.
import type { Server } from 'node:http';
import type { Express } from 'express';
import { answerClientErrors } from './http/client-error.ts';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections and resolves once in-flight requests are done (or `graceMs` passed). */
  close: (graceMs?: number) => Promise<void>;
}

export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    answerClientErrors(server);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      // Idle keep-alive sockets would otherwise hold close() open.
      server.keepAliveTimeout = 5_000;
      resolve({
        server,
        url: `http://${host}:${actualPort}`,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            const force = setTimeout(() => {
              server.closeAllConnections();
              done();
            }, graceMs);
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
