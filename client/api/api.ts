// Typed fetches of the API; every non-2xx answer becomes an ApiError carrying the server's {error} body.
import type {
  ArticleWithText,
  CypherResponse,
  GraphPayload,
  Meeting,
  NeighboursResponse,
  NodeDetails,
  PathsResponse,
  Schema,
  SearchResult,
  Stats,
  WhoMetWhomResponse,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An answer's JSON body, or the ApiError of its `{error}` body; shared by the editors' fetches. */
export async function parse<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return body as T;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null }));
}

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal: signal ?? null,
  });
  return parse<T>(response);
}

const enc = encodeURIComponent;

export const api = {
  stats: () => getJson<Stats>('/api/stats'),
  schema: () => getJson<Schema>('/api/schema'),
  overview: (limit?: number) => getJson<GraphPayload>(`/api/graph/overview${query({ limit })}`),
  node: (key: string) => getJson<NodeDetails>(`/api/nodes/${enc(key)}`),
  article: (id: string) => getJson<{ article: ArticleWithText }>(`/api/articles/${enc(id)}`),
  neighbours: (key: string, options: { types?: string[]; limit?: number } = {}) =>
    getJson<NeighboursResponse>(
      `/api/nodes/${enc(key)}/neighbours${query({ depth: 1, types: options.types?.join(','), limit: options.limit })}`,
    ),
  search: (q: string, signal?: AbortSignal) =>
    getJson<{ results: SearchResult[] }>(`/api/search${query({ q, limit: 10 })}`, signal),
  meetings: (params: { participant?: string; from?: string; to?: string; status?: string }) =>
    getJson<{ meetings: Meeting[] }>(`/api/meetings${query(params)}`),
  whoMetWhom: (params: { from?: string; to?: string; status?: string; minSources?: number }) =>
    getJson<WhoMetWhomResponse>(`/api/who-met-whom${query(params)}`),
  paths: (params: {
    from: string;
    to: string;
    k?: number;
    maxLength?: number;
    avoid?: string;
    types?: string;
  }) => getJson<PathsResponse>(`/api/paths${query(params)}`),
  cypher: (body: { query: string; params: Record<string, unknown> }, signal?: AbortSignal) =>
    postJson<CypherResponse>('/api/cypher', body, signal),
};
