// What `Traceback.format()` reads source lines through: CPython's linecache. The default looks in
// texts registered by whoever knows them (a source map's `sourcesContent`), then in the file
// reader that the Node entry installs; in a browser without either it returns nothing.

export type LineSource = (filename: string, lineno: number) => string | undefined;

const registeredTexts = new Map<string, string[] | string>();
let fileReader: ((filename: string) => string | undefined) | undefined;
const fileCache = new Map<string, string[] | null>();

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Registers the text of a source file (e.g. a source map's `sourcesContent`) for `format()`. */
export function registerSourceText(filename: string, text: string): void {
  registeredTexts.set(filename, text);
}

/** Installed by the Node entry: reads a file from disk, undefined when it cannot. */
export function installFileReader(reader: ((filename: string) => string | undefined) | undefined): void {
  fileReader = reader;
  fileCache.clear();
}

export const defaultLineSource: LineSource = (filename, lineno) => {
  if (lineno < 1) return undefined;
  let lines = registeredTexts.get(filename);
  if (typeof lines === 'string') {
    lines = splitLines(lines);
    registeredTexts.set(filename, lines);
  }
  if (lines === undefined && fileReader) {
    let cached = fileCache.get(filename);
    if (cached === undefined) {
      const text = fileReader(filename);
      cached = text === undefined ? null : splitLines(text);
      fileCache.set(filename, cached);
    }
    if (cached) lines = cached;
  }
  return lines?.[lineno - 1];
};

let current: LineSource = defaultLineSource;

/** Sets the function `Traceback.format()` reads source lines through; null restores the default. */
export function setLineSource(source: LineSource | null | undefined): void {
  if (source != null && typeof source !== 'function') {
    throw new TypeError(`setLineSource() needs a function (filename, lineno) => string | undefined, not ${typeof source}`);
  }
  current = source ?? defaultLineSource;
}

/** linecache.getline(filename, lineno).strip(): '' when unknown. */
export function getLine(filename: string, lineno: number): string {
  let line: string | undefined;
  try {
    line = current(filename, lineno);
  } catch {
    line = undefined;
  }
  return typeof line === 'string' ? line.trim() : '';
}

/** linecache.getline(filename, lineno) unstripped (indentation kept), or undefined when unknown. */
export function getRawLine(filename: string, lineno: number): string | undefined {
  try {
    const line = current(filename, lineno);
    return typeof line === 'string' ? line.replace(/\r?\n$/, '') : undefined;
  } catch {
    return undefined;
  }
}
