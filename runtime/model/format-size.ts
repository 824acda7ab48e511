// CPython's `tracemalloc._format_size`, with C printf's `%.0f` / `%.1f` reproduced exactly:
// round half to even on the exact binary value of the double, never exponent notation.
// `Number.prototype.toFixed` rounds half away from zero on the decimal expansion and switches to
// exponent notation at 1e21, so it is wrong twice (10496 B must read `10.2 KiB`, not `10.3 KiB`).

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * Formats a byte count like CPython: `formatSize(10496)` → `'10.2 KiB'`; with `sign`, a `+` or `-`
 * is always shown (`'+0 B'`). Accepts a bigint for counts beyond 2**53.
 */
export function formatSize(size: number | bigint, sign = false): string {
  // Python divides ints with correct rounding; Number(bigint) rounds to nearest and dividing by
  // 1024 is exact, so converting first gives the same doubles.
  let value = typeof size === 'bigint' ? Number(size) : size;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`formatSize() needs a number, not ${String(size)}`);
  }
  for (const unit of UNITS) {
    if (Math.abs(value) < 100 && unit !== 'B') {
      return `${printfFixed(value, 1, sign)} ${unit}`;
    }
    if (Math.abs(value) < 10 * 1024 || unit === 'TiB') {
      return `${printfFixed(value, 0, sign)} ${unit}`;
    }
    value /= 1024;
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** C's `%.{digits}f` (with `%+` when `plus`): exact, round half to even. */
export function printfFixed(value: number, digits: number, plus = false): string {
  if (!Number.isFinite(value)) {
    const text = Number.isNaN(value) ? 'nan' : 'inf';
    return (value < 0 ? '-' : plus ? '+' : '') + text;
  }
  const negative = value < 0 || Object.is(value, -0);
  const magnitude = Math.abs(value);
  let digitsText: string;
  if (Number.isInteger(magnitude) && magnitude <= Number.MAX_SAFE_INTEGER) {
    // Fast path: an integer needs no rounding.
    digitsText = String(magnitude) + (digits > 0 ? '.' + '0'.repeat(digits) : '');
  } else {
    digitsText = exactFixed(magnitude, digits);
  }
  return (negative ? '-' : plus ? '+' : '') + digitsText;
}

// The double is m * 2**e exactly; scale by 10**digits and round half to even with bigints.
function exactFixed(magnitude: number, digits: number): string {
  const [mantissa, exponent] = decompose(magnitude);
  const scale = 10n ** BigInt(digits);
  let scaled: bigint;
  if (exponent >= 0) {
    scaled = (mantissa << BigInt(exponent)) * scale;
  } else {
    const numerator = mantissa * scale;
    const denominator = 1n << BigInt(-exponent);
    const quotient = numerator / denominator;
    const twice = (numerator - quotient * denominator) * 2n;
    scaled = twice > denominator || (twice === denominator && (quotient & 1n) === 1n) ? quotient + 1n : quotient;
  }
  if (digits === 0) return scaled.toString();
  const text = scaled.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const view = new DataView(new ArrayBuffer(8));

function decompose(value: number): [mantissa: bigint, exponent: number] {
  view.setFloat64(0, value);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [fraction, -1074];
  return [fraction | (1n << 52n), biased - 1075];
}
