// Figures as printed (12.3456, 606.0), added and compared as integers scaled by their decimals: no
// floating-point error (0.1 + 0.2 is 0.3).

/** How many decimals a figure is printed with. */
export function decimalsOf(figure: string): number {
  return figure.split('.')[1]?.length ?? 0;
}

/** A figure as an integer of its value times 10^scale, read from its digits. */
export function scaled(figure: string, scale: number): number {
  const [whole, fraction = ''] = figure.split('.');
  return Number(whole + fraction.padEnd(scale, '0'));
}

/** A scaled integer written back with its decimals. */
export function unscaled(n: number, scale: number): string {
  if (scale === 0) return String(n);
  const digits = String(n).padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
