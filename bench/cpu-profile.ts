/** A V8 CPU profile (`node --cpu-prof`), as written to its `.cpuprofile` file. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The top functions by self time and by inclusive time, in µs per unit of work (a request, an event). */
export function summary(p: Profile, perRequests: number, top = 25, unit = 'request'): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfById = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    selfById.set(id, (selfById.get(id) ?? 0) + dt);
    total += dt;
  });
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of selfById) {
    const own = name(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const busy = total - (self.get('(idle) :0') ?? 0);
  const row = ([k, t]: [string, number]) =>
    `${(t / perRequests).toFixed(0).padStart(6)} µs ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${k}`;
  const sorted = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => k !== '(idle) :0' && k !== '(root) :0')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top);
  return [
    `CPU busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s: ${(busy / perRequests).toFixed(0)} µs per ${unit}`,
    `--- self time per ${unit}`,
    ...sorted(self).map(row),
    `--- inclusive time per ${unit}`,
    ...sorted(inclusive).map(row),
  ].join('\n');
}
