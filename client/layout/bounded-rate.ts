// Bounds how often a ForceAtlas2 worker hands positions to the page: each update makes sigma re-reduce and
// re-index every node, so on a large graph the worker's pace, not the screen's, would decide the frame rate.

/** The part of graphology's FA2 supervisor that loops: after each answer it asks the worker for more. */
interface Looping {
  askForIterations(withEdges?: boolean): unknown;
  isRunning(): boolean;
}

/** Whether graphology's supervisor still loops the way boundRate expects (it is not in its public types). */
export function isLooping(supervisor: object): supervisor is Looping {
  return 'askForIterations' in supervisor && typeof supervisor.askForIterations === 'function';
}

/** The next request goes out no sooner than `minIntervalMs` after the last one; returns a cancel. */
export function boundRate(
  supervisor: Looping,
  minIntervalMs: number,
  now = () => performance.now(),
): () => void {
  const ask = supervisor.askForIterations.bind(supervisor);
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  supervisor.askForIterations = (withEdges) => {
    const wait = last + minIntervalMs - now();
    // The first request carries the edges and starts the run: never delayed.
    if (withEdges || wait <= 0) {
      last = now();
      return ask(withEdges);
    }
    timer = setTimeout(() => {
      timer = undefined;
      if (!supervisor.isRunning()) return;
      last = now();
      ask(false);
    }, wait);
    return supervisor;
  };
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
