// web-ifc: Emscripten C++ built with wasm exception handling (a Tag section); parses a small IFC file.
import { IfcAPI, IFCWALL, IFCCARTESIANPOINT } from 'web-ifc';
const api = new IfcAPI();
await api.Init();
const lines = ["ISO-10303-21;", "HEADER;", "FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');",
  "FILE_NAME('zoo.ifc','2024-01-01T00:00:00',(''),(''),'','','');", "FILE_SCHEMA(('IFC4'));", "ENDSEC;", "DATA;",
  "#1=IFCPERSON($,'Doe','John',$,$,$,$,$);", "#2=IFCORGANIZATION($,'Zoo',$,$,$);",
  "#3=IFCPERSONANDORGANIZATION(#1,#2,$);", "#4=IFCAPPLICATION(#2,'1','zoo','zoo');",
  "#5=IFCOWNERHISTORY(#3,#4,$,.ADDED.,$,$,$,0);"];
let id = 6;
for (let i = 0; i < 300; i++) lines.push(`#${id++}=IFCCARTESIANPOINT((${i}.,${i * 2}.,0.));`);
for (let i = 0; i < 50; i++) lines.push(`#${id++}=IFCWALL('${String(i).padStart(22, '0')}',#5,'Wall ${i}',$,$,$,$,$,$);`);
lines.push('ENDSEC;', 'END-ISO-10303-21;');
const model = api.OpenModel(new TextEncoder().encode(lines.join('\n')));
const walls = api.GetLineIDsWithType(model, IFCWALL);
const points = api.GetLineIDsWithType(model, IFCCARTESIANPOINT);
const w = api.GetLine(model, walls.get(7));
console.log('web-ifc', walls.size(), points.size(), w.Name.value);
api.CloseModel(model);
