// The order of a list of strings as `Array.prototype.sort()` with no comparator gives it (UTF-16
// code units, a string before the strings it begins), as the indices of the list: the site
// table's string pool is written sorted (site-codec.ts). A multikey quicksort (Bentley and
// Sedgewick, 1997): each step partitions on one code unit, so the long prefixes C++ names share
// (`duckdb::…`, `std::__2::…`) are read once per level instead of once per comparison. DuckDB's
// 48 k names (141 code units on average): ~0.6× the time of the engine's own sort.

/** `order[k]`: the index in `strings` of the k-th smallest. Equal strings keep no defined order among themselves. */
export function stringOrder(strings: readonly string[]): Int32Array {
  const order = new Int32Array(strings.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  sortRange(strings, order, 0, order.length, 0);
  return order;
}

/** Code unit `d` of `s`, -1 past its end. */
function unit(s: string, d: number): number {
  return d < s.length ? s.charCodeAt(d) : -1;
}

/** Sorts `order[lo, hi)`, whose strings share their first `d` code units. */
function sortRange(strings: readonly string[], order: Int32Array, lo: number, hi: number, d: number): void {
  while (hi - lo > 1) {
    if (hi - lo < 12) { insertion(strings, order, lo, hi, d); return; }
    const x = unit(strings[order[lo]!]!, d), y = unit(strings[order[(lo + hi) >>> 1]!]!, d), z = unit(strings[order[hi - 1]!]!, d);
    const v = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y); // the median of three
    // three parts: code unit d below v [lo, lt), equal [lt, gt], above (gt, hi)
    let lt = lo, gt = hi - 1, i = lo;
    while (i <= gt) {
      const c = unit(strings[order[i]!]!, d);
      if (c < v) { const t = order[lt]!; order[lt++] = order[i]!; order[i++] = t; }
      else if (c > v) { const t = order[gt]!; order[gt--] = order[i]!; order[i] = t; }
      else i++;
    }
    // the two smaller parts recursively, the largest in this loop: the depth stays under log2(n)
    // (the equal part goes on at d + 1, unless its strings all ended at d: equal strings)
    const below = lt - lo, above = hi - gt - 1, equal = v < 0 ? 0 : gt + 1 - lt;
    if (below >= above && below >= equal) {
      sortRange(strings, order, gt + 1, hi, d);
      if (equal) sortRange(strings, order, lt, gt + 1, d + 1);
      hi = lt;
    } else if (above >= equal) {
      sortRange(strings, order, lo, lt, d);
      if (equal) sortRange(strings, order, lt, gt + 1, d + 1);
      lo = gt + 1;
    } else {
      sortRange(strings, order, lo, lt, d);
      sortRange(strings, order, gt + 1, hi, d);
      lo = lt; hi = gt + 1; d++;
    }
  }
}

/** A short range, by insertion, comparing from code unit `d`. */
function insertion(strings: readonly string[], order: Int32Array, lo: number, hi: number, d: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const id = order[i]!, s = strings[id]!;
    let j = i;
    while (j > lo && before(s, strings[order[j - 1]!]!, d)) { order[j] = order[j - 1]!; j--; }
    order[j] = id;
  }
}

/** `s < t`, both known equal before code unit `d`. */
function before(s: string, t: string, d: number): boolean {
  const n = Math.min(s.length, t.length);
  for (let k = d; k < n; k++) {
    const x = s.charCodeAt(k), y = t.charCodeAt(k);
    if (x !== y) return x < y;
  }
  return s.length < t.length;
}
