// How many /api/cypher requests a test app has taken in: a fact to wait on instead of a pause.

/**
 * The rate limiter counts every /api/cypher request before it reaches the concurrency queue, and its
 * `RateLimit` header (`"…"; r=<remaining>; t=…`) tells the count. Each probe sends an empty body, which
 * is refused (400) after the limiter and before the queue, so probing never takes a slot or a place.
 * The count is per rate-limit window (a minute): measure differences within one test.
 */
export function cypherIntake(url: string, limitPerMinute: number): () => Promise<number> {
  let probes = 0;
  return async () => {
    const response = await fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await response.arrayBuffer();
    probes++;
    const remaining = /\br=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1];
    if (response.status !== 400 || remaining === undefined) {
      throw new Error(`the intake probe got ${response.status} without a RateLimit count`);
    }
    return limitPerMinute - Number(remaining) - probes;
  };
}
