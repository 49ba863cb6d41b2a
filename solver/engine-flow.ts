import type { Engine, EngineResult } from './engine';
import { FlowNetwork, MinHeap } from './flow-network';
import type { ComponentLp } from './lp';

/**
 * A chain-free component as a min-cost flow: source → stock row (its new places) → carry →
 * group row → class row → sink (its members). Without releases every place comes from the
 * source, so taking less from it is the same as leaving places unused (rows are ≤). Admission columns run from a stock or group row
 * to a class row, the others from their +1 row to their −1 row.
 */
function toNetwork(lp: ComponentLp): { net: FlowNetwork; arcOf: number[]; bounded: number[]; S: number; T: number } {
  const m = lp.rowUpper.length;
  const nClasses = lp.classes.length;
  const S = m;
  const T = m + 1;
  const net = new FlowNetwork(m + 2);
  const arcOf = lp.colCost.map((cost, j) => {
    const a = lp.colStart[j]!;
    const [r0, v0, r1, v1] = [lp.colRow[a]!, lp.colVal[a]!, lp.colRow[a + 1]!, lp.colVal[a + 1]!];
    if (lp.colStart[j + 1]! - a !== 2) throw new Error('flow engine: column with a chain release');
    if (v0 > 0 && v1 > 0) return r0 < nClasses ? net.addArc(r1, r0, Infinity, cost) : net.addArc(r0, r1, Infinity, cost);
    return v0 > 0 ? net.addArc(r0, r1, Infinity, cost) : net.addArc(r1, r0, Infinity, cost);
  });
  const bounded: number[] = [];
  lp.rowUpper.forEach((upper, r) => {
    if (r < nClasses) return bounded.push(net.addArc(r, T, upper, 0));
    if (upper > 0) bounded.push(net.addArc(S, r, upper, 0));
  });
  return { net, arcOf, bounded, S, T };
}

/** Shortest distances in the original graph, which is acyclic: Bellman-Ford rounds until stable. */
function initialPotentials(net: FlowNetwork, S: number): number[] {
  const d = new Array<number>(net.nodes).fill(Infinity);
  d[S] = 0;
  for (let changed = true, round = 0; changed && round <= net.nodes; round++) {
    changed = false;
    for (let u = 0; u < net.nodes; u++) {
      if (d[u] === Infinity) continue;
      for (let e = net.head[u]!; e >= 0; e = net.next[e]!) {
        if (net.cap[e]! > 0 && d[u]! + net.cost[e]! < d[net.to[e]!]!) (d[net.to[e]!] = d[u]! + net.cost[e]!), (changed = true);
      }
    }
  }
  return d;
}

function dijkstra(net: FlowNetwork, pot: number[], S: number, T: number) {
  const dist = new Array<number>(net.nodes).fill(Infinity);
  const via = new Array<number>(net.nodes).fill(-1);
  const heap = new MinHeap();
  dist[S] = 0;
  heap.push(0, S);
  while (heap.size > 0) {
    const [du, u] = heap.pop();
    if (du > dist[u]!) continue;
    for (let e = net.head[u]!; e >= 0; e = net.next[e]!) {
      const v = net.to[e]!;
      if (net.cap[e]! <= 0 || pot[v] === Infinity) continue;
      const nd = du + net.cost[e]! + pot[u]! - pot[v]!;
      if (nd < dist[v]!) (dist[v] = nd), (via[v] = e), heap.push(nd, v);
    }
  }
  const pathCost = dist[T]! + pot[T]! - pot[S]!;
  // while augmenting, potentials rise by min(dist, dist[T]) so the path gets reduced cost 0;
  // at the end, a lower cap brings the sink level with the source (any cap keeps reduced
  // costs ≥ 0), which makes the final potentials complementary to the flow: a tight bound
  const cap = pathCost < 0 ? dist[T]! : Math.min(dist[T]!, Math.max(0, pot[S]! - pot[T]!));
  for (let v = 0; v < net.nodes; v++) if (pot[v] !== Infinity) pot[v]! += Math.min(dist[v]!, cap);
  return { pathCost, via };
}

/**
 * Successive shortest paths with potentials: augments along cheapest source–sink paths while
 * they lower the cost; exact and integral for chain-free components. The bound is the dual
 * value of the final potentials (Σ capacity × negative reduced cost over bounded arcs), checked
 * to be a valid certificate: every uncapacitated arc must have a non-negative reduced cost.
 */
export const flowEngine: Engine = {
  name: 'min-cost flow',
  solve(lp: ComponentLp): EngineResult {
    const { net, arcOf, bounded, S, T } = toNetwork(lp);
    const pot = initialPotentials(net, S);
    for (;;) {
      const { pathCost, via } = dijkstra(net, pot, S, T);
      if (!(pathCost < 0)) break;
      let push = Infinity;
      for (let v = T; v !== S; v = net.to[via[v]! ^ 1]!) push = Math.min(push, net.cap[via[v]!]!);
      for (let v = T; v !== S; v = net.to[via[v]! ^ 1]!) (net.cap[via[v]!]! -= push), (net.cap[via[v]! ^ 1]! += push);
    }
    return { name: 'min-cost flow', x: arcOf.map((e) => net.flow(e)), bound: dualBound(net, pot, bounded, S, T), status: 'optimal' };
  },
};

function dualBound(net: FlowNetwork, pot: number[], bounded: number[], S: number, T: number): number {
  const p = completePotentials(net, pot);
  const reduced = (e: number) => net.cost[e]! + p[net.to[e ^ 1]!]! - p[net.to[e]!]!;
  let bound = 0;
  const isBounded = new Set(bounded);
  for (let e = 0; e < net.to.length; e += 2) {
    const c = reduced(e);
    if (isBounded.has(e)) bound += net.original[e]! * Math.min(0, c);
    else if (c < -1e-9) throw new Error('flow engine: potentials are not a dual certificate');
  }
  if (p[T]! - p[S]! < -1e-9) throw new Error('flow engine: sink potential below source');
  return bound;
}

/**
 * Nodes never reachable from the source carry no flow; give them potentials that keep every
 * arc among them dual feasible (shortest distances inside that acyclic part) and lie far above
 * the others, so arcs leaving them are feasible too.
 */
function completePotentials(net: FlowNetwork, pot: number[]): number[] {
  const unreachable = pot.map((v) => v === Infinity);
  const q = pot.map(() => 0);
  for (let changed = true, round = 0; changed && round <= net.nodes; round++) {
    changed = false;
    for (let u = 0; u < net.nodes; u++) {
      if (!unreachable[u]) continue;
      for (let e = net.head[u]!; e >= 0; e = net.next[e]!) {
        const v = net.to[e]!;
        if (e % 2 === 0 && unreachable[v] && q[u]! + net.cost[e]! < q[v]!) (q[v] = q[u]! + net.cost[e]!), (changed = true);
      }
    }
  }
  let big = 1;
  for (let e = 0; e < net.cost.length; e++) big += Math.abs(net.cost[e]!);
  for (const v of pot) if (v !== Infinity) big += Math.abs(v);
  return pot.map((v, i) => (unreachable[i] ? big + q[i]! : v));
}
