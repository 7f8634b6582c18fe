// Sends an export as a streamed download: headers first (the truncation mark among them), gzip when the
// client accepts it, and — when anything fails after the first byte — the connection destroyed before the
// terminating chunk, so a cut export can never be mistaken for a complete one.
import { createGzip, constants as zlib } from 'node:zlib';
import type { Request, Response } from 'express';
import { TRUNCATED_HEADER } from '../../contract/index.ts';
import type { CypherContext } from '../cypher/user-query.ts';
import { exportGraphFor, type Subset } from './export.service.ts';
import { batchedSink, ClientGone, type Sink, streamSink } from './export-sink.ts';
import { contentType, downloadName, type FormatChoice, writeFormat } from './formats/index.ts';
import type { ExportOptions } from './sourcing.ts';

/** A gzip stream flushed at least this often, so a slow export still reaches the client as it is made. */
const GZIP_FLUSH_MS = 250;

const DOWNLOAD_HEADERS = [
  'Content-Type',
  'Content-Disposition',
  'Cache-Control',
  TRUNCATED_HEADER,
  'Vary',
  'Content-Encoding',
];

function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

interface GzipSink {
  sink: Sink;
  finish: () => Promise<void>;
  /** Stops compressing and lets nothing more reach the response. */
  discard: () => void;
}

function gzipSink(res: Response): GzipSink {
  const gzip = createGzip({ level: 6 });
  gzip.pipe(res);
  const write = streamSink(gzip);
  let flushedAt = Date.now();
  return {
    sink: async (chunk) => {
      if (res.destroyed) throw new ClientGone();
      await write(chunk);
      if (Date.now() - flushedAt > GZIP_FLUSH_MS) {
        flushedAt = Date.now();
        gzip.flush(zlib.Z_SYNC_FLUSH);
      }
    },
    finish: () =>
      new Promise((resolve, reject) => {
        res.once('finish', resolve);
        res.once('close', resolve);
        gzip.once('error', reject);
        gzip.end();
      }),
    discard: () => {
      gzip.unpipe(res);
      gzip.destroy();
    },
  };
}

export async function sendExport(
  context: CypherContext,
  req: Request,
  res: Response,
  choice: FormatChoice,
  subset: Subset,
  options: ExportOptions,
): Promise<undefined> {
  const graph = await exportGraphFor(context, subset, options);
  res.status(200);
  res.setHeader('Content-Type', contentType(choice));
  res.setHeader('Content-Disposition', `attachment; filename="${downloadName(graph.subset, choice)}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(TRUNCATED_HEADER, graph.truncatedAt === null ? 'false' : 'true');
  res.setHeader('Vary', 'Accept-Encoding');
  const gzip = acceptsGzip(req) ? gzipSink(res) : undefined;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  try {
    const batched = batchedSink(gzip ? gzip.sink : streamSink(res));
    await writeFormat(choice, graph, batched.write);
    await batched.flush();
    if (gzip) await gzip.finish();
    else res.end();
  } catch (error) {
    if (error instanceof ClientGone) return undefined;
    gzip?.discard();
    if (!res.headersSent) {
      // Nothing sent yet (the first query failed): the client gets the error's own status and JSON body.
      for (const name of DOWNLOAD_HEADERS) res.removeHeader(name);
      throw error;
    }
    // Not res.end(): the chunked body must stay unterminated, so every client sees a broken download.
    req.log?.error({ err: error }, 'export failed after the response started; connection aborted');
    const reason = error instanceof Error ? error : new Error(String(error));
    res.destroy(reason);
  } finally {
    // Cleanup only: a read that fails to close must not hide the outcome above.
    await graph.close?.().catch(() => undefined);
  }
  return undefined;
}
