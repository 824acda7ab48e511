// @sqlite.org/sqlite-wasm: SQLite's official Emscripten build (browser-first: the workload gives it
// self/location and the wasm bytes, as a Node user of the package must).
globalThis.self ??= globalThis; globalThis.location ??= new URL(import.meta.url);
const { default: sqlite3InitModule } = await import('../node_modules/@sqlite.org/sqlite-wasm/sqlite-wasm/jswasm/sqlite3.mjs');
const sqlite3 = await sqlite3InitModule({ print: () => {}, printErr: () => {}, wasmBinary: (await import('node:fs')).readFileSync(new URL('../node_modules/@sqlite.org/sqlite-wasm/sqlite-wasm/jswasm/sqlite3.wasm', import.meta.url)) });
const db = new sqlite3.oo1.DB(':memory:');
db.exec('create table t(a, b)');
for (let i = 0; i < 2000; i++) db.exec({ sql: 'insert into t values (?, ?)', bind: [i, 'row ' + i] });
console.log('count', db.selectValue('select count(*) from t'), db.selectValue('select sum(a) from t'));
db.close();
