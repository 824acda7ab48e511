// @prisma/prisma-schema-wasm: Prisma's schema engine (Rust) through wasm-bindgen --target nodejs
// (a CommonJS glue that reads the .wasm and makes a synchronous new WebAssembly.Instance), with a
// name section and an externref table. Formats, lints, validates and builds the DMMF of a
// generated schema; one invalid schema.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const prisma = require('@prisma/prisma-schema-wasm');
// Prisma's own JS sets this registry before it calls the engine (a panic's message lands there).
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message(m) { this.message = m; } };
let schema = 'datasource db {\n provider = "postgresql"\n}\ngenerator client {\n provider = "prisma-client-js"\n}\n';
for (let i = 0; i < 60; i++) {
  schema += `model M${i} {\n id Int @id @default(autoincrement())\n name String   @db.VarChar(${20 + i})\n createdAt DateTime @default(now())\n`;
  if (i > 0) schema += ` parentId Int\n parent M${i - 1} @relation("r${i}", fields: [parentId], references: [id])\n`;
  if (i < 59) schema += ` children M${i + 1}[] @relation("r${i + 1}")\n`;
  schema += ` @@index([name])\n}\n`;
}
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
let formatted = '';
for (let round = 0; round < 3; round++) formatted = prisma.format(schema, JSON.stringify({ textDocument: { uri: 'file:/s.prisma' }, options: { tabSize: 2, insertSpaces: true } }));
const lint = JSON.parse(prisma.lint(JSON.stringify([['s.prisma', schema]])));
prisma.validate(JSON.stringify({ prismaSchema: [['s.prisma', schema]], noColor: true }));
const dmmf = prisma.get_dmmf(JSON.stringify({ prismaSchema: [['s.prisma', schema]], noColor: true }));
let error = '';
try { prisma.validate(JSON.stringify({ prismaSchema: [['bad.prisma', 'model X { id Int @id\n y Y }']], noColor: true })); } catch (e) { error = String(e.message ?? e).split('\n')[0].slice(0, 80); }
console.log('prisma', schema.length, formatted.length, hash(formatted), lint.length, dmmf.length, hash(dmmf), JSON.stringify(error));
