// Statistics and reporting shared by the benchmark suites.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value, digits = 2) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Prints rows (objects with the same keys) as an aligned text table. */
export function printTable(title, rows) {
  const keys = Object.keys(rows[0] ?? {});
  const cells = [keys, ...rows.map((row) => keys.map((key) => String(row[key])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  console.log(`\n${title}`);
  for (const [index, line] of cells.entries()) {
    console.log(line.map((cell, i) => cell.padStart(widths[i])).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}
