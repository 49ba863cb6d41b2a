/**
 * A sparse MIP in HiGHS's column-major shape, built column by column. Rows must exist before
 * the columns that use them. With `countOnly` nothing is stored: the same model code then only
 * counts its columns, so a model too large to solve is never allocated.
 */
export class MipBuilder {
  readonly colCost: number[] = [];
  readonly colUpper: number[] = [];
  readonly integrality: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  /** constant added to the objective (NOK) */
  offset = 0;
  columns = 0;

  constructor(readonly countOnly = false) {}

  /** A new row `lower ≤ Σ a_j x_j ≤ upper`; its index. */
  row(lower: number, upper: number): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }

  /** Raises a row's upper bound (supply added to a stock row). */
  addToUpper(row: number, amount: number): void {
    this.rowUpper[row]! += amount;
  }

  /** A column with lower bound 0: binary when `binary`, else continuous with `upper`. */
  col(cost: number, rows: readonly number[], vals: readonly number[], binary: boolean, upper = Infinity): void {
    this.columns++;
    if (this.countOnly) return;
    this.colCost.push(cost);
    this.colUpper.push(binary ? 1 : upper);
    this.integrality.push(binary ? 1 : 0);
    this.indices.push(...rows);
    this.values.push(...vals);
    this.starts.push(this.indices.length);
  }
}
