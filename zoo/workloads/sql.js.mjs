// sql.js: Emscripten C (SQLite), minified exports. Inserts, an index, a join, deletes, then
// leaves one database open (live memory at exit) and closes another.
import { createRequire } from 'node:module';
// ZOO_BUILD=debug runs the package's debug build of the same SQLite (exports named malloc/free…):
// an independent measure of the heap, found by another path than the release build's glue.
const require = createRequire(import.meta.url);
const initSqlJs = require(process.env.ZOO_BUILD === 'debug' ? 'sql.js/dist/sql-wasm-debug.js' : 'sql.js');
const SQL = await initSqlJs();
const db = new SQL.Database();
db.run('CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT, price REAL)');
db.run('CREATE TABLE sale(item INTEGER, qty INTEGER)');
const ins = db.prepare('INSERT INTO item VALUES (?, ?, ?)');
for (let i = 0; i < 3000; i++) ins.run([i, `item-${i}-${'x'.repeat(i % 40)}`, (i * 7) % 101]);
ins.free();
const sale = db.prepare('INSERT INTO sale VALUES (?, ?)');
for (let i = 0; i < 6000; i++) sale.run([(i * 13) % 3000, 1 + (i % 5)]);
sale.free();
db.run('CREATE INDEX sale_item ON sale(item)');
db.run('DELETE FROM item WHERE id % 3 = 0');
const [r] = db.exec('SELECT count(*), sum(s.qty * i.price), max(length(i.name)) FROM sale s JOIN item i ON i.id = s.item');
console.log('sql.js', JSON.stringify(r.values));
const scratch = new SQL.Database();
scratch.run('CREATE TABLE t(x); INSERT INTO t VALUES (1), (2)');
console.log('scratch', JSON.stringify(scratch.exec('SELECT sum(x) FROM t')[0].values));
scratch.close();
