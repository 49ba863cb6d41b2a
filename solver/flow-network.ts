/** A residual network for min-cost flow: arcs stored in pairs (e, e^1 is the reverse). */
export class FlowNetwork {
  head: number[] = [];
  to: number[] = [];
  next: number[] = [];
  cap: number[] = [];
  cost: number[] = [];
  /** capacity as built (for the dual bound), per forward arc */
  original: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  /** Adds arc u → v; returns its index (even). */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    this.original.push(capacity, 0);
    return e;
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    this.to.push(v);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length - 1;
  }

  /** Flow on forward arc e. */
  flow(e: number): number {
    return this.cap[e ^ 1]!;
  }
}

/** Binary min-heap of (key, node) used by Dijkstra. */
export class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, val: number): void {
    const k = this.keys;
    const v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }

  /** Removes the least entry; returns [key, node]. */
  pop(): [number, number] {
    const k = this.keys;
    const v = this.vals;
    const top: [number, number] = [k[0]!, v[0]!];
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && k[c + 1]! < k[c]!) c++;
        if (k[c]! >= lastK) break;
        k[i] = k[c]!;
        v[i] = v[c]!;
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}
