// `Idempotency-Key` on POSTs: the first request with a key runs and its 2xx answer is stored; a retry with the
// same key and the same request gets that answer again instead of running twice. Keys are scoped by the
// principal, method and path; answers expire after 24 hours. A failed request frees its key.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import neo4j from 'neo4j-driver';
import { principalOf } from '../auth/principal.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { conflict, invalid, unprocessable } from '../errors.ts';

const findQuery = cypherFile(import.meta.url, './queries/idempotency-find.cypher');
const forgetQuery = cypherFile(import.meta.url, './queries/idempotency-forget.cypher');
const claimQuery = cypherFile(import.meta.url, './queries/idempotency-claim.cypher');
const completeQuery = cypherFile(import.meta.url, './queries/idempotency-complete.cypher');
const sweepQuery = cypherFile(import.meta.url, './queries/idempotency-sweep.cypher');

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a stored answer is replayed. */
export const EXPIRY_MS = 24 * 60 * 60 * 1000;
/**
 * A claim still pending after this long belongs to a request that died between its write and storing its
 * answer (a crash): a retry may then run again. Far longer than any request may take.
 */
export const ABANDONED_MS = 10 * 60 * 1000;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** The stored key: the client's key within its principal (none when anonymous), method and path. */
export function scopedKey(principal: string | undefined, method: string, path: string, key: string): string {
  return createHash('sha256')
    .update(JSON.stringify([principal ?? null, method, path, key]))
    .digest('hex');
}

/** JSON with sorted object keys, so the same body sent with its fields in another order hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function requestHashOf(req: Request): string {
  return createHash('sha256')
    .update(`${req.method}\n${req.originalUrl}\n${canonicalJson(req.body)}`)
    .digest('hex');
}

const datetimeBefore = (ms: number) => neo4j.types.DateTime.fromStandardDate(new Date(Date.now() - ms));

type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: string };

async function claim(
  context: WriteContext,
  fields: { key: string; requestHash: string; principal: string | null; method: string; path: string },
): Promise<Claim> {
  try {
    return await writeTransaction(context, async (tx) => {
      const limits = {
        expiredBefore: datetimeBefore(EXPIRY_MS),
        abandonedBefore: datetimeBefore(ABANDONED_MS),
      };
      await tx.run(sweepQuery.fill(), limits);
      const found = (await tx.run(findQuery.fill(), { key: fields.key, ...limits })).records[0];
      if (found?.get('stale') === true) {
        await tx.run(forgetQuery.fill(), { key: fields.key, requestHash: null });
      } else if (found) {
        if (found.get('requestHash') !== fields.requestHash) {
          throw unprocessable(
            'idempotency_key_reused',
            'This Idempotency-Key was used for a different request; use a new key for a new request.',
          );
        }
        if (found.get('state') !== 'done') {
          throw conflict(
            'request_in_progress',
            'A request with this Idempotency-Key is still running; retry later.',
          );
        }
        return { kind: 'replay', status: Number(found.get('status')), body: String(found.get('body')) };
      }
      await tx.run(claimQuery.fill(), fields);
      return { kind: 'claimed' };
    });
  } catch (error) {
    // Two requests claimed the same new key at once: the unique constraint let one through.
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw conflict(
        'request_in_progress',
        'A request with this Idempotency-Key is still running; retry later.',
      );
    }
    throw error;
  }
}

/** Stores a 2xx answer, or frees the key of a request that failed, before the answer leaves. */
async function settle(
  context: WriteContext,
  key: string,
  requestHash: string,
  status: number,
  body: string | null,
) {
  await writeTransaction(context, async (tx) => {
    if (body !== null && status >= 200 && status < 300) {
      await tx.run(completeQuery.fill(), { key, requestHash, status: neo4j.int(status), body });
    } else {
      await tx.run(forgetQuery.fill(), { key, requestHash });
    }
  });
}

function replay(res: Response, status: number, body: string): void {
  res.setHeader(REPLAYED_HEADER, 'true');
  res.status(status).type('application/json').send(body);
}

/**
 * The middleware for POST endpoints, after their own checks (role, rate limit) and before the handler.
 * Without the header it does nothing. Only JSON answers are stored: a download is never replayed, it
 * frees its key once sent.
 */
export function idempotency(context: WriteContext): RequestHandler {
  return async (req, res, next) => {
    const header = req.get(IDEMPOTENCY_HEADER);
    if (header === undefined) {
      next();
      return;
    }
    if (!KEY_SHAPE.test(header)) {
      throw invalid(
        'Idempotency-Key must be 1 to 255 visible ASCII characters.',
        { header: IDEMPOTENCY_HEADER },
        'invalid_idempotency_key',
      );
    }
    const principal = principalOf(res)?.name ?? null;
    const path = req.originalUrl.split('?')[0] ?? req.originalUrl;
    const key = scopedKey(principal ?? undefined, req.method, path, header);
    const requestHash = requestHashOf(req);
    const claimed = await claim(context, { key, requestHash, principal, method: req.method, path });
    if (claimed.kind === 'replay') {
      replay(res, claimed.status, claimed.body);
      return;
    }
    let settled = false;
    const send = res.json.bind(res);
    // The answer waits until it is stored (or the key freed), so a client that has it can retry at once.
    res.json = (body?: unknown) => {
      if (settled) return send(body);
      settled = true;
      settle(context, key, requestHash, res.statusCode, JSON.stringify(body ?? null)).then(
        () => send(body),
        (error: unknown) => {
          req.log?.error({ err: error }, 'could not store the idempotent answer');
          send(body);
        },
      );
      return res;
    };
    res.once('close', () => {
      if (settled) return;
      settled = true;
      void settle(context, key, requestHash, res.statusCode, null).catch(() => {});
    });
    next();
  };
}
