#!/bin/sh
# Rebuilds the committed modules (asc 0.28 from the repository's node_modules). --debug keeps the
# name section, which is how instrument() finds the runtime's functions; --exportRuntime exports
# __collect for the test.
set -e
cd "$(dirname "$0")"
ASC=../../../node_modules/.bin/asc
for rt in incremental minimal; do
  for o in O2 O3; do
    $ASC program.ts --runtime $rt -$o --debug --exportRuntime -o $rt-$o.wasm
  done
  # no --debug: no name section; the test expects the warning there
done
$ASC program.ts --runtime incremental -O3 --exportRuntime -o incremental-O3-nodebug.wasm
$ASC program.ts --runtime incremental --optimize --debug --exportRuntime -o incremental-optimize.wasm
# the stub runtime (a bump allocator that never frees), as packages ship it: no runtime exported
for o in O2 O3; do
  $ASC program.ts --runtime stub -$o --debug -o stub-$o.wasm
done
