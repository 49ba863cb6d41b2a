/**
 * What an LP column stands for. `direct`/`group`: a final admission from home, hospital or an
 * occupied bed; `guest`: a member's interim korttid stay (v2) from day `stay` and final
 * admission on `day` (to unit class k, or through `group`); `interim`: a stay from `day` with no
 * final admission in the horizon; `loan`: a korttid bed of unit class k lent for a stay from
 * `day` until the final admission on `until` (−1: none) + T; `pair`: a couple (index `cls` into
 * the model's pairs) to unit class k; `supply` and `carry`: places moved into a group or kept
 * for a later row.
 */
export interface ColumnMeta {
  kind: 'direct' | 'group' | 'supply' | 'carry' | 'interim' | 'guest' | 'loan' | 'pair';
  /** applicant class (global index) for admission columns, the pair index for `pair`, else -1 */
  cls: number;
  /** unit class for direct, guest (direct), interim, pair and supply columns, else -1 */
  k: number;
  /** shared group (an id per component) for group, guest (group) and supply columns, else -1 */
  group: number;
  day: number;
  /** guest columns: the day the interim stay begins */
  stay?: number;
  /** loan columns: the final admission's day that ends the stay, −1 for none */
  until?: number;
  /** guest, interim and loan columns: the stay row (interim options, stay day, final day) they meet in */
  stayRow?: number;
}

/**
 * One independent component as a sparse LP: minimise Σ cost·x, rows Σ a·x ≤ upper, x ≥ 0,
 * columns in CSC form. Rows 0..classes-1 are class rows (Σ admissions ≤ members).
 * Costs are NOK relative to leaving everybody unplaced.
 */
export interface ComponentLp {
  classes: number[];
  /** couples (indices into the model's pairs) with a row each after the class rows; absent = none */
  pairs?: number[];
  rowUpper: number[];
  colCost: number[];
  colStart: number[];
  colRow: number[];
  colVal: number[];
  cols: ColumnMeta[];
  /**
   * true if the LP is not a pure network of the flow engine: some admission releases a place into
   * another row (chain rule), a booking makes a row's upper negative, or a couple takes 2 places
   */
  hasChains: boolean;
}

/** Builds a ComponentLp row by row and column by column. */
export class LpBuilder {
  private lp: ComponentLp;
  private stock = new Map<number, { days: number[]; first: number }>();
  private groups = new Map<string, number>();
  private groupIds = new Map<string, number>();

  constructor(classes: number[], pairs: number[] = []) {
    this.lp = { classes, pairs, rowUpper: [], colCost: [], colStart: [0], colRow: [], colVal: [], cols: [], hasChains: false };
  }

  addClassRow(members: number): void {
    this.lp.rowUpper.push(members);
  }

  /** Stock rows of unit class k at its rise days; a row takes the places arriving after the previous one. */
  addStockRows(k: number, days: number[], arrivals: Map<number, number>): void {
    this.stock.set(k, { days, first: this.lp.rowUpper.length });
    days.forEach((day, i) => {
      const from = i === 0 ? -Infinity : days[i - 1]!;
      let cap = 0;
      for (const [t, n] of arrivals) if (t > from && t <= day) cap += n;
      if (cap < 0) this.lp.hasChains = true;
      this.lp.rowUpper.push(cap);
    });
  }

  /** Row of the last rise day ≤ day (places there are ready by day), or -1. */
  lastStockRowUpTo(k: number, day: number): number {
    const s = this.stock.get(k);
    if (!s) return -1;
    let lo = 0;
    let hi = s.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.days[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : s.first + lo - 1;
  }

  /** Row of the first rise day ≥ day, or -1. */
  firstStockRowFrom(k: number, day: number): number {
    const s = this.stock.get(k);
    const i = s ? s.days.findIndex((d) => d >= day) : -1;
    return i < 0 ? -1 : s!.first + i;
  }

  /**
   * Rows of a shared group on its days (admissions through the group on a day ≤ places brought
   * in so far), with carry columns between them. A unit supplies the group on the first group
   * day after each of its rises, from its stock row of that time: places taken earlier would
   * only wait in the group, so this is the same model with far fewer supply columns.
   */
  addGroupRows(key: string, ks: number[], days: number[]): void {
    const group = this.groupIds.size;
    this.groupIds.set(key, group);
    days.forEach((day, i) => {
      const row = this.lp.rowUpper.length;
      this.lp.rowUpper.push(0);
      this.groups.set(`${key}@${day}`, row);
      const from = i === 0 ? -Infinity : days[i - 1]!;
      for (const k of ks) {
        const stock = this.lastStockRowUpTo(k, day);
        const rose = stock >= 0 && this.stock.get(k)!.days[stock - this.stock.get(k)!.first]! > from;
        if (rose) this.addColumn({ kind: 'supply', cls: -1, k, group, day }, 0, [[row, -1], [stock, 1]]);
      }
      if (i > 0) this.addColumn({ kind: 'carry', cls: -1, k: -1, group, day: from }, 0, [[row - 1, 1], [row, -1]]);
    });
  }

  /** The id and the row on `day` of a shared group (created by addGroupRows). */
  groupRow(key: string, day: number): { group: number; row: number } {
    const row = this.groups.get(`${key}@${day}`);
    if (row === undefined) throw new Error(`lp: no group row ${key}@${day}`);
    return { group: this.groupIds.get(key)!, row };
  }

  /** An admission column: +1 in its class row and its stock or group row, −1 in the row its move releases into. */
  addAdmission(meta: ColumnMeta, cost: number, classRow: number, row: number, release: number): void {
    const entries: [number, number][] = [[classRow, 1], [row, 1]];
    if (release >= 0) {
      entries.push([release, -1]);
      this.lp.hasChains = true;
    }
    this.addColumn(meta, cost, entries);
  }

  /** A new row with upper bound `upper` (pair rows, guest rows); returns its index. */
  addRow(upper: number): number {
    this.lp.rowUpper.push(upper);
    return this.lp.rowUpper.length - 1;
  }

  /** A column with arbitrary entries (row, coefficient); any entry other than a network's marks the LP as not one. */
  addGeneralColumn(meta: ColumnMeta, cost: number, entries: [number, number][]): void {
    this.lp.hasChains = true;
    const merged = new Map<number, number>();
    for (const [r, v] of entries) if (r >= 0) merged.set(r, (merged.get(r) ?? 0) + v);
    this.addColumn(meta, cost, [...merged].filter(([, v]) => v !== 0));
  }

  /** Carry columns: free places kept from one stock row to the next of the same unit class. */
  addCarryColumns(): void {
    for (const [k, s] of this.stock) {
      for (let i = 0; i + 1 < s.days.length; i++) {
        this.addColumn({ kind: 'carry', cls: -1, k, group: -1, day: s.days[i]! }, 0, [[s.first + i, 1], [s.first + i + 1, -1]]);
      }
    }
  }

  finish(): ComponentLp {
    return this.lp;
  }

  private addColumn(meta: ColumnMeta, cost: number, entries: [number, number][]): void {
    this.lp.cols.push(meta);
    this.lp.colCost.push(cost);
    for (const [r, v] of entries) (this.lp.colRow.push(r), this.lp.colVal.push(v));
    this.lp.colStart.push(this.lp.colRow.length);
  }
}
