/**
 * Asks /healthz every `everyMs` for `seconds`, from a process of its own (bench/abusive-load.ts): the load generator's
 * own event loop (64 MB frames, CSV answers) must not be counted as the server's delay. Prints the latencies (ms) as
 * one JSON line when done. Usage: node dist/bench/healthz-prober.js BASE SECONDS EVERY_MS
 */
const [base, seconds, everyMs] = process.argv.slice(2);
const until = Date.now() + Number(seconds) * 1000;
const latencies: number[] = [];
while (Date.now() < until) {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    latencies.push(res.ok ? performance.now() - started : 10_000);
  } catch {
    latencies.push(10_000);
  }
  await new Promise((resolve) => setTimeout(resolve, Number(everyMs)));
}
console.log(JSON.stringify(latencies));
