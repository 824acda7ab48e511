// @chainsafe/as-sha256: AssemblyScript, the wasm embedded in the JS.
import { digest, digest64 } from '@chainsafe/as-sha256';
let h = new Uint8Array(32);
for (let i = 0; i < 2000; i++) h = digest(new Uint8Array([...h, ...new TextEncoder().encode(`as ${i}`)]));
const d64 = digest64(new Uint8Array(64).map((_, i) => i));
console.log('as-sha256', Buffer.from(h).toString('hex').slice(0, 32), Buffer.from(d64).toString('hex').slice(0, 16));
