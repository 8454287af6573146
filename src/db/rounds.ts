// Coalesces a read that many concurrent requests make (the cache counters, the health ping) into
// rounds: a caller joins the round that has not started yet, never one already in flight, so every
// caller gets an answer read after it asked — a write committed before a request began is always
// seen — while twenty requests arriving together cost one or two queries instead of twenty.

/** `run` shared by the callers of each round; a failed round fails only its own callers. */
export function inRounds<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const round = run();
    current = round;
    const clear = () => {
      if (current === round) current = null;
    };
    round.then(clear, clear);
    return round;
  };
  return () => {
    if (queued) return queued;
    if (!current) return start();
    queued = current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

/** One `inRounds` per key object (a database handle), dropped with it. */
export function roundsPer<K extends object, T>(run: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const byKey = new WeakMap<K, () => Promise<T>>();
  return (key) => {
    let rounds = byKey.get(key);
    if (!rounds) {
      rounds = inRounds(() => run(key));
      byKey.set(key, rounds);
    }
    return rounds();
  };
}
