// Builds the client once per test run (only when its sources changed), reusing the start script's builder.
import { ensureClientBuilt } from '../../scripts/build-client.ts';

let built: Promise<void> | undefined;

export function buildClientOnce(): Promise<void> {
  built ??= ensureClientBuilt();
  return built;
}
