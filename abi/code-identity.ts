// A module's code identity (CODE_SECTION): what matches a stripped release build to the debug
// build (or symbol file) of the same code, as a build id matches an ELF file to its debug file.
// The code section is the identity: llvm-strip and `wasm-opt --strip-debug` leave it as it is and
// only drop custom sections (which moves it in the file: offsets are counted from its payload,
// as DWARF addresses and llvm-symbolizer's wasm addresses are).

export interface CodeIdentity {
  /** File offset of the code section's payload (after its id and size). */
  codeStart: number;
  /** The payload's size in bytes. */
  codeSize: number;
  /** SHA-256 of the payload, lowercase hex. */
  sha256: string;
  /** The `build_id` custom section (wasm-ld --build-id), lowercase hex, when present. */
  buildId?: string;
}

/** The identity of a module whose code payload is bytes[start, end) (buildId: the section's payload). */
export function codeIdentity(bytes: Uint8Array, start: number, end: number, buildId?: Uint8Array | null): CodeIdentity {
  const id: CodeIdentity = { codeStart: start, codeSize: end - start, sha256: sha256Hex(bytes.subarray(start, end)) };
  if (buildId) id.buildId = hex(buildId);
  return id;
}

/** Reads a CODE_SECTION payload (or a snapshot's copy of one); null when it is not one. */
export function parseCodeIdentity(value: unknown): CodeIdentity | null {
  let v = value;
  if (v instanceof Uint8Array) v = new TextDecoder().decode(v);
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { return null; }
  }
  const o = v as Partial<CodeIdentity> | null;
  if (o === null || typeof o !== 'object' || !Number.isSafeInteger(o.codeStart) || !Number.isSafeInteger(o.codeSize)
    || typeof o.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sha256)) return null;
  const id: CodeIdentity = { codeStart: o.codeStart!, codeSize: o.codeSize!, sha256: o.sha256 };
  if (typeof o.buildId === 'string' && /^[0-9a-f]*$/.test(o.buildId)) id.buildId = o.buildId;
  return id;
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

type NodeHash = { update(d: Uint8Array): NodeHash; digest(enc: 'hex'): string };
type NodeCrypto = { createHash(alg: 'sha256'): NodeHash };
/** Node's own SHA-256 where there is one (SHA-NI: ~25× this file's on DuckDB's 37.5 MB code),
 * reached without an import so that abi/ stays browser-safe. Looked up at the first hash, not when
 * this file loads: node:crypto costs a start ~20 M instructions, and a traced start that reads its
 * modules from the cache hashes nothing. */
let nodeCrypto: NodeCrypto | null | undefined;
function nodeSha256(): NodeCrypto | null {
  if (nodeCrypto !== undefined) return nodeCrypto;
  try {
    const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
    nodeCrypto = typeof get === 'function' ? ((get('crypto') as NodeCrypto | undefined) ?? null) : null;
  } catch {
    nodeCrypto = null;
  }
  return nodeCrypto;
}

/** SHA-256 (FIPS 180-4) of `data`, lowercase hex: Node's, else this file's (the browser, Node < 20.16). */
export function sha256Hex(data: Uint8Array): string {
  const node = nodeSha256();
  return node ? node.createHash('sha256').update(data).digest('hex') : sha256Js(data);
}

/** SHA-256 in plain JS: in the runtime and the browser too (no node:crypto, no async subtle). */
export function sha256Js(data: Uint8Array): string {
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const n = data.length;
  // the message, then 0x80, zeros and the bit length: whole blocks read from `data`, the tail padded
  const tailStart = n - (n % 64);
  const tail = new Uint8Array(n % 64 < 56 ? 64 : 128);
  tail.set(data.subarray(tailStart));
  tail[n % 64] = 0x80;
  const bits = n * 8;
  const dv = new DataView(tail.buffer);
  dv.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
  dv.setUint32(tail.length - 4, bits >>> 0);
  const block = (b: Uint8Array, p: number): void => {
    for (let i = 0; i < 16; i++, p += 4) w[i] = (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!;
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, c = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((c >>> 17) | (c << 15)) ^ ((c >>> 19) | (c << 13)) ^ (c >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let A = h[0]!, B = h[1]!, C = h[2]!, D = h[3]!, E = h[4]!, F = h[5]!, G = h[6]!, H = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7));
      const t1 = (H + S1 + ((E & F) ^ (~E & G)) + K[i]! + w[i]!) | 0;
      const S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10));
      const t2 = (S0 + ((A & B) ^ (A & C) ^ (B & C))) | 0;
      H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0;
    }
    h[0]! += A; h[1]! += B; h[2]! += C; h[3]! += D; h[4]! += E; h[5]! += F; h[6]! += G; h[7]! += H;
  };
  for (let p = 0; p < tailStart; p += 64) block(data, p);
  for (let p = 0; p < tail.length; p += 64) block(tail, p);
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
