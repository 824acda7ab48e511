// xmllint-wasm: libxml2's xmllint (C) through Emscripten as a command: each call starts a
// worker_thread that instantiates the module with a JS-made memory, runs main(argv) and exits
// from inside wasm (exit(3) when the document does not validate). An XSD-valid document, an
// invalid one, and a formatted (--format) run.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { validateXML } = require('xmllint-wasm');
const schema = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="library"><xs:complexType><xs:sequence>
    <xs:element name="book" maxOccurs="unbounded"><xs:complexType><xs:sequence>
      <xs:element name="title" type="xs:string"/><xs:element name="year" type="xs:integer"/>
    </xs:sequence><xs:attribute name="id" type="xs:ID" use="required"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;
let books = '';
for (let i = 0; i < 500; i++) books += `<book id="b${i}"><title>Title ${i} &amp; more</title><year>${1900 + (i % 120)}</year></book>`;
const good = `<?xml version="1.0"?><library>${books}</library>`;
const bad = `<?xml version="1.0"?><library>${books}<book id="b0"><title>dup</title><year>MMXX</year></book></library>`;
const r1 = await validateXML({ xml: [{ fileName: 'good.xml', contents: good }], schema: [schema] });
console.log('good', r1.valid, r1.errors.length);
const r2 = await validateXML({ xml: [{ fileName: 'bad.xml', contents: bad }], schema: [schema] });
console.log('bad', r2.valid, r2.errors.length, r2.errors.map((e) => e.loc?.lineNumber + ':' + e.message.slice(0, 60)).join(' | '));
const r3 = await validateXML({ xml: [{ fileName: 'fmt.xml', contents: good }], schema: [schema], normalization: 'format' });
console.log('format', r3.valid, r3.normalized.length, r3.normalized.split('\n').length);
