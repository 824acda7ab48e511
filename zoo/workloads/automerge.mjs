// @automerge/automerge: Rust through wasm-bindgen (a CRDT library), its Node entry loads the .wasm beside the JS.
import * as A from '@automerge/automerge';
let doc = A.from({ items: [], title: 'zoo' });
for (let i = 0; i < 200; i++) doc = A.change(doc, (d) => { d.items.push({ n: i, label: `item ${i}` }); });
let other = A.clone(doc);
other = A.change(other, (d) => { d.title = 'other'; });
doc = A.change(doc, (d) => { d.items.splice(0, 50); });
const merged = A.merge(doc, other);
const bytes = A.save(merged);
const back = A.load(bytes);
console.log('automerge', back.items.length, back.title, back.items[0].label, A.getHeads(back).length);
