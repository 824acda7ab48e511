// wasmoon: Lua 5.4 compiled with Emscripten (C), the glue reads glue.wasm beside it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { LuaFactory } = require('wasmoon');
const factory = new LuaFactory();
const lua = await factory.createEngine();
lua.global.set('greet', (s) => `hi ${s}`);
let out = '';
for (let i = 0; i < 40; i++) {
  out = await lua.doString(`local t = {} for j = 1, 500 do t[j] = string.rep('x', j % 13) .. ${i} end return #table.concat(t, ',') .. greet('${i}')`);
}
await lua.doString("kept = {} for i = 1, 2000 do kept[i] = 'kept' .. i end");
const kb = await lua.doString("collectgarbage('collect') return collectgarbage('count')");
console.log('wasmoon', out, lua.global.get('kept').length);
if (process.env.ZOO_LUA_MEM) console.error('lua heap KiB', kb);

