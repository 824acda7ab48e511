#!/bin/sh
# Rebuilds jsf.js/jsf.wasm (Debian's emcc 3.1.6); the test uses the committed outputs.
cd "$(dirname "$0")" && emcc -g -O0 -sASSERTIONS=0 -sMODULARIZE=1 -sENVIRONMENT=node -sFILESYSTEM=0 \
  -sEXPORTED_FUNCTIONS=_malloc,_free,_keep_flat,_keep_copy -sEXPORTED_RUNTIME_METHODS=allocateUTF8 \
  -fdebug-compilation-dir=. jsf.c -o jsf.js && mv jsf.js jsf.cjs   # .cjs: the package is "type": "module"
