/**
 * The WebAssembly entry points as they were when the runtime loaded, before any patching:
 * the tracer's own compiles and instantiations must never go through its patches.
 */
export const Original = {
  Module: WebAssembly.Module,
  Instance: WebAssembly.Instance,
  instantiate: WebAssembly.instantiate.bind(WebAssembly) as typeof WebAssembly.instantiate,
  compile: WebAssembly.compile.bind(WebAssembly),
  // Absent in some runtimes (older Node builds, some workers).
  instantiateStreaming: (WebAssembly as Partial<typeof WebAssembly>).instantiateStreaming,
  compileStreaming: (WebAssembly as Partial<typeof WebAssembly>).compileStreaming,
};

/** A view of any BufferSource as bytes (no copy). */
export function toBytes(source: BufferSource): Uint8Array<ArrayBuffer> {
  if (source instanceof Uint8Array) return source as Uint8Array<ArrayBuffer>;
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return new Uint8Array(source as ArrayBuffer);
}
