/**
 * THE rule for frames without a line that read the same in two different modules.
 *
 * A frame without a line reads `function+0xOFFSET` (`wasm-function[N]+0xOFFSET` when stripped),
 * which does not name its module: two stripped builds of one template both read
 * `wasm-function[3]+0x3`, and `statistics()` would sum their blocks into one line. So such a text
 * stays as it is for the first module that shows it, and reads `module!text` (WinDbg's
 * `module!function+0xOFFSET`) for every other module that shows it, `module` the module's file
 * name as its domain is named (`b.wasm!wasm-function[3]+0x3`). Frames that collide with no other
 * module's keep their text (naming the module in every such frame would change the frames of
 * every process that loads several modules).
 *
 * Stable: a module's frame is named once (when first shown: site-table.ts caches it) and the
 * first owner of a text stays its owner until the tracer stops, so every snapshot of a run
 * names a frame alike and `compareTo` stays right. Snapshots merged from several threads or
 * processes (merge.ts) follow the base snapshot's choices, then the same rule
 * (docs/snapshot-format.md, "Frames without a line").
 */

/** The module a domain is an instance of, from the domain's name: `app.wasm#3`,
 * `app.wasm#4 (worker thread 1)`, `app.wasm#5 (threads: 4)` → `app.wasm`. */
export const domainModule = (domainName: string): string =>
  domainName.replace(/ \((worker thread \d+|threads: \d+)\)$/, '').replace(/#\d+$/, '');

/** Whether a frame is one of those the rule is about: no line, and the `function+0xOFFSET` text. */
export const isLinelessText = (filename: string, lineno: number): boolean => lineno === 0 && /\+0x[0-9a-f]+$/.test(filename);

/** The text `module` shows for `text` when another module owns it. */
export const labelled = (module: string, text: string): string => `${module}!${text}`;

export class LinelessNames {
  /** Text → the module that showed it first (its identity). */
  private readonly owners = new Map<string, string>();
  /** Label → the module identity it names (two files of one name with different code). */
  private readonly labels = new Map<string, string>();
  /** Texts a module must not own (merge.ts: it already reads labelled there). */
  private readonly barred = new Map<string, Set<string>>();
  /** Counts the resets: a frame named before the last one is named again (site-table.ts). */
  generation = 0;

  /** Forgets every choice (the tracer's stop(): the next run chooses afresh). */
  reset(): void {
    this.owners.clear();
    this.labels.clear();
    this.barred.clear();
    this.generation++;
  }

  /**
   * What a frame without a line of module `identity` (its code's hash, or its name) reads:
   * `text`, or `label!text` when another module showed `text` first. `label`: the module's file
   * name; `fallbackLabel` (its domain's name) when that name labels another module's code.
   */
  name(text: string, identity: string, label: string, fallbackLabel = label): string {
    let owner = this.owners.get(text);
    if (owner === undefined && !this.barred.get(text)?.has(identity)) this.owners.set(text, (owner = identity));
    if (owner === identity) return text;
    let named = this.labels.get(label);
    if (named === undefined) this.labels.set(label, (named = identity));
    return labelled(named === identity ? label : fallbackLabel, text);
  }

  /** Records that `identity` reads `text` labelled elsewhere, so it never becomes its owner. */
  bar(text: string, identity: string): void {
    let set = this.barred.get(text);
    if (set === undefined) this.barred.set(text, (set = new Set()));
    set.add(identity);
  }
}

/** The process's (one per isolate): every module traced in it; reset by the tracer's stop(). */
export const processFrameNames = new LinelessNames();
