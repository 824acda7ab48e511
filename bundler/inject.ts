// Where the client (client.ts) enters the app: one statement prepended to a module, `import` or
// `require` as the module itself speaks, on the module's first line so every other line keeps its
// number (the returned source map shifts line 1 only). An ES module's imports run in order, so the
// client — patchWebAssembly() and start() — runs before anything the module imports after it.

/** Modules that may call WebAssembly themselves: they get the client before their own code. */
export function usesWebAssembly(code: string): boolean {
  return code.includes('WebAssembly') || /\.wasm\b/.test(code);
}

/** A module with no import/export statements but CommonJS markers stays CommonJS. */
function isCommonJs(code: string): boolean {
  const esm = /^\s*(import\s*[\w{*'"]|export\s)/m.test(code) || code.includes('import.meta');
  return !esm && /\b(module\.exports|exports\.\w+|require\()/.test(code);
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += VLQ[digit];
  } while (v > 0);
  return out;
}

export interface Injected {
  code: string;
  map: { version: 3; sources: string[]; names: string[]; mappings: string };
}

/**
 * `code` with `prefix` in front of its first line and the edits applied (sorted, not overlapping,
 * none spanning a line break), and a source map back to `code` named `id`: each line starts at
 * its own column 0, and the text after an edit at the column after the text it replaced.
 */
export function applyEdits(code: string, id: string, prefix: string, edits: readonly Edit[]): Injected {
  let out = prefix;
  const lines: string[] = [];
  let segments: string[] = [];
  let prevGen = 0, prevLine = 0, prevCol = 0;
  // one segment: generated column (relative within the line), source 0, original line and column (relative)
  const segment = (genCol: number, line: number, col: number) => {
    segments.push(`${vlq(genCol - prevGen)}A${vlq(line - prevLine)}${vlq(col - prevCol)}`);
    prevGen = genCol;
    prevLine = line;
    prevCol = col;
  };
  let lineStart = 0; // offset in `code` of the current line
  let genLineStart = 0; // offset in `out` of the current generated line
  let line = 0;
  segment(prefix.length, 0, 0);
  let at = 0;
  const newline = (next: number) => {
    lines.push(segments.join(','));
    segments = [];
    prevGen = 0;
    line++;
    lineStart = next;
    genLineStart = out.length;
    segment(0, line, 0);
  };
  const copy = (to: number) => {
    for (let i = code.indexOf('\n', at); i >= 0 && i < to; i = code.indexOf('\n', at)) {
      out += code.slice(at, i + 1);
      at = i + 1;
      newline(at);
    }
    out += code.slice(at, to);
    at = to;
  };
  for (const e of edits) {
    copy(e.start);
    out += e.text;
    at = e.end;
    segment(out.length - genLineStart, line, e.end - lineStart);
  }
  copy(code.length);
  lines.push(segments.join(','));
  return { code: out, map: { version: 3, sources: [id], names: [], mappings: lines.join(';') } };
}

/** `code` with the client's import in front (and `edits` applied); `id` names the original in the map. */
export function prependClient(code: string, id: string, client: string, edits: readonly Edit[] = []): Injected {
  const statement = isCommonJs(code) ? `require(${JSON.stringify(client)});` : `import ${JSON.stringify(client)};`;
  return applyEdits(code, id, statement, edits);
}
