export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('wasm-tracemalloc: the command line is not built yet\n');
  return 2;
}
