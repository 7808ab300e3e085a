// How the benchmarks print a figure: the median of several runs, with the least and most.

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const ms = (x) => `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;

/**
 * Prints one measure: `label`, then its median (min, max); with `[base, against]`, also how
 * many times the base's median it is, and what the base was.
 */
export function line(label, xs, [base, against] = []) {
  const ratio = base ? `  x${(median(xs) / median(base)).toFixed(1)} ${against}` : "";
  console.log(`  ${label.padEnd(44)} median ${ms(median(xs)).padStart(10)} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})${ratio}`);
}
