// Compresses answers when the client accepts it (gzip or brotli, as compression negotiates). Downloads are
// left alone: the streamed exports gzip themselves and flush as they go, and compressing them again would
// hold their chunks back.
import compression from 'compression';
import type { RequestHandler } from 'express';

export function compressAnswers(): RequestHandler {
  return compression({
    filter: (req, res) => !res.getHeader('Content-Disposition') && compression.filter(req, res),
  });
}
