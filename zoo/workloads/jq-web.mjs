// jq-web: jq (C) built with Emscripten (an older glue, 2.0-era); the Node build reads jq.wasm
// beside its JS.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const jq = await require('jq-web');
const data = { items: Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `item${i}`, tags: [i % 3, i % 5], price: (i % 89) / 4 })) };
let out;
for (let i = 0; i < 5; i++) out = jq.json(data, `[.items[] | select(.tags[0] == ${i % 3}) | .price] | add`);
const names = jq.json(data, '[.items[] | select(.id % 500 == 0) | .name] | join(",")');
const grouped = jq.json(data, '.items | group_by(.tags[1]) | map(length)');
console.log('jq', out, names, JSON.stringify(grouped));
