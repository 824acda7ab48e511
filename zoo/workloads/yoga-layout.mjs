// yoga-layout: Emscripten C++ with embind (Meta's flexbox engine), wasm embedded as base64 in the JS.
import Yoga from 'yoga-layout';
const root = Yoga.Node.create();
root.setWidth(500); root.setHeight(300); root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
const kids = [];
for (let i = 0; i < 50; i++) { const n = Yoga.Node.create(); n.setFlexGrow(1); n.setMargin(Yoga.EDGE_ALL, 2); root.insertChild(n, i); kids.push(n); }
root.calculateLayout(500, 300, Yoga.DIRECTION_LTR);
console.log('layout', kids[7].getComputedLayout().left.toFixed(2), kids[7].getComputedWidth().toFixed(2));
for (let i = 0; i < 25; i++) { root.removeChild(kids[i]); kids[i].free(); }
console.log('left', root.getChildCount());
