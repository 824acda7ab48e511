// @electric-sql/pglite: Postgres compiled with Emscripten (main module + initdb module), an
// extension (pg_trgm) loaded at run time as a dynamically linked side module from a .tar.gz.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const db = await PGlite.create({ extensions: { pg_trgm } });
await db.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE TABLE t (id int primary key, name text);');
for (let i = 0; i < 200; i++) await db.query('INSERT INTO t VALUES ($1, $2)', [i, `name number ${i * 7919 % 1000}`]);
const agg = await db.query('SELECT count(*)::int AS n, sum(id)::int AS s, max(name) AS m FROM t');
const sim = await db.query("SELECT round(similarity('name number 12', 'name number 123')::numeric, 3)::text AS s");
console.log('pglite', JSON.stringify(agg.rows[0]), sim.rows[0].s);
await db.close();
