// Timing helpers: warm-up, many iterations, the median of several rounds.

/** Median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Milliseconds for one call of `fn`, `iterations` times, as the mean of the run. */
function timeOnce(fn, iterations) {
  const t0 = performance.now()
  for (let i = 0; i < iterations; i++) fn()
  return (performance.now() - t0) / iterations
}

/**
 * Times each function of `fns` (name -> fn) over `rounds` rounds of `iterations` calls, after a
 * warm-up, alternating their order each round so drift hits all alike. Returns the median
 * milliseconds a call per name, and per pair of names the median of the per-round ratios.
 */
export function compare(fns, { rounds = 9, iterations = 20, warmup = 2 } = {}) {
  const names = Object.keys(fns)
  for (let w = 0; w < warmup; w++) for (const n of names) timeOnce(fns[n], iterations)
  const times = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...names].reverse() : names
    for (const n of order) times[n].push(timeOnce(fns[n], iterations))
  }
  const med = Object.fromEntries(names.map((n) => [n, median(times[n])]))
  const ratio = (a, b) => median(times[a].map((t, k) => t / times[b][k]))
  return { median: med, ratio, times }
}

/**
 * Milliseconds of one call of `fn` on a large input: the fastest of `rounds` calls after a warm-up
 * call. The fastest, not the median: on a shared machine other work only ever adds time. A warm-up
 * slower than `capMs` is returned at once (that input misses its goal however it is measured).
 */
export function timeLarge(fn, rounds = 3, capMs = Number.POSITIVE_INFINITY) {
  // with --expose-gc, each call starts on a collected heap: the garbage of the call before (megabytes of
  // it for the large inputs) is not charged to the next one
  const collect = () => globalThis.gc?.()
  collect()
  let t0 = performance.now()
  fn()
  const first = performance.now() - t0
  if (first > capMs) return first
  let best = first
  for (let r = 0; r < rounds; r++) {
    collect()
    t0 = performance.now()
    fn()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}
