// Security headers, closed CORS by default, body limits and request ids, checked over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('HTTP security', () => {
  let app: TestApp;
  let corsApp: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    corsApp = await startTestApp({ env: { CORS_ORIGINS: 'https://newsroom.example' } });
  });
  afterAll(async () => {
    await app.close();
    await corsApp.close();
  });

  it('sends a strict Content-Security-Policy without inline scripts, and the helmet headers', async () => {
    const response = await fetch(`${app.url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('gives no CORS headers to other origins unless they are configured', async () => {
    const closed = await fetch(`${app.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();

    const allowed = await fetch(`${corsApp.url}/api/health`, {
      headers: { origin: 'https://newsroom.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    const other = await fetch(`${corsApp.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses oversized and malformed JSON bodies with the JSON error shape', async () => {
    const huge = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `RETURN '${'x'.repeat(300_000)}'` }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });

    const malformed = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "RETURN 1",',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'malformed_json' } });
  });

  it('gives every response a request id, and keeps a safe one the client sent', async () => {
    const fresh = await fetch(`${app.url}/api/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${app.url}/api/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42');
    const replaced = await fetch(`${app.url}/api/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id <script>');
  });
});
