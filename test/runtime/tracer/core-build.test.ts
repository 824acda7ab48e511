// The committed tracer core (tracer-core-wasm.ts) is what build-wasm.mjs makes of the committed
// tracer-core.wat: an edit of the WAT without a rebuild (or a hand edit of the bytes) fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACER_CORE_WASM_BASE64 } from '../../../runtime/tracer/tracer-core-wasm';
import { TRACER_CORE_SHARED_WASM_BASE64 } from '../../../runtime/tracer/tracer-core-shared-wasm';
import { TracedTotals, TracerCore, coreWasm, decodeBase64 } from '../../../runtime/tracer/tracer-core';
// @ts-expect-error: a plain .mjs build script without types
import { compileWat, expandSteps, generatedSource, OUTPUTS } from '../../../runtime/tracer/build-wasm.mjs';

describe('tracer core build', () => {
  it('rebuilds the committed bytes from tracer-core.wat', () => {
    const { wat, ts, name } = OUTPUTS[0];
    const bytes: Uint8Array = compileWat(wat);
    expect(Buffer.from(bytes).equals(Buffer.from(coreWasm()))).toBe(true);
    expect(readFileSync(new URL(`../../../runtime/tracer/${ts}`, import.meta.url), 'utf8')).toBe(generatedSource(wat, name, bytes));
  });

  it('rebuilds the committed threaded core (and its state layout) from the same tracer-core.wat', () => {
    const { wat, ts, name, variant } = OUTPUTS[1];
    expect(variant).toBe('shared');
    const bytes: Uint8Array = compileWat(wat, { variant });
    expect(Buffer.from(bytes).equals(Buffer.from(coreWasm(true)))).toBe(true);
    expect(readFileSync(new URL(`../../../runtime/tracer/${ts}`, import.meta.url), 'utf8')).toBe(generatedSource(wat, name, bytes, variant));
  });

  it("decodes the committed base64 as Node's own decoder does", () => {
    // coreWasm() uses a global Buffer where there is one, else a decoder of its own (browsers: the
    // runtime imports no Node built-in): both, on both cores, and on every padding
    for (const text of [TRACER_CORE_WASM_BASE64, TRACER_CORE_SHARED_WASM_BASE64]) {
      expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(text, 'base64'))).toBe(true);
    }
    for (const raw of ['', 'a', 'ab', 'abc', 'abcd', '\u00ff\u0000\u00fb\u00ef']) {
      const text = Buffer.from(raw, 'latin1').toString('base64');
      expect(Buffer.from(decodeBase64(text)).toString('latin1')).toBe(raw);
    }
    expect(Buffer.from(coreWasm()).equals(Buffer.from(TRACER_CORE_WASM_BASE64, 'base64'))).toBe(true);
    expect(Buffer.from(coreWasm(true)).equals(Buffer.from(TRACER_CORE_SHARED_WASM_BASE64, 'base64'))).toBe(true);
    expect(WebAssembly.validate(coreWasm())).toBe(true);
  });

  it('inlines the whole usual path of alloc, free and realloc, and calls out only to their *_slow paths', () => {
    // A call per event costs more than the table update itself (issue 13); Binaryen inlines a
    // function of several callers only when it has no call in it (and with shrink level 0), so
    // an edit that puts a call into a hot helper silently turns it into a call per event. And a
    // hook that calls anything on its usual path, or needs its parameters after a call, has
    // them stored to its frame at entry by V8's TurboFan on every event (bench/README.md,
    // "core22"): so every rare case is a *_slow function (the complete paths, out of line), and
    // realloc's usual case ends in alloc's.
    const text: string = compileWat(OUTPUTS[0].wat, { text: true });
    const idOf = (name: string) => new RegExp(`\\(export "${name}" \\(func (\\$[^)\\s]+)`).exec(text)![1]!;
    const callsOf = (name: string) => {
      const id = idOf(name);
      const at = text.indexOf(`(func ${id} `);
      const end = text.indexOf('\n (func ', at + 1);
      return new Set([...text.slice(at, end < 0 ? undefined : end).matchAll(/\(call (\$[^\s)]+)/g)].map((m) => m[1]));
    };
    for (const hook of ['alloc', 'free', 'realloc']) {
      const calls = callsOf(hook);
      expect(calls.size).toBeGreaterThan(0); // the text was found and parsed
      const allowed = (f: string) => f.endsWith('_slow') || (hook === 'realloc' && f === idOf('alloc'));
      expect([...calls].filter((f) => !allowed(f)), hook).toEqual([]);
    }
    // the usual cases' helpers are inlined (not functions of the optimized module any more)
    for (const helper of ['$alloc_tb', '$free_found', '$insert_home', '$match4', '$rec', '$add', '$sub', '$touch', '$changed']) {
      expect(text.includes(`(func ${helper} `), helper).toBe(false);
    }
  });

  it('reuses released blocks in its own memory only: the threaded core never walks that list', () => {
    // The list's head is the word at address 16 of a core's memory; in the process's shared
    // arena that word is the atomic bump, which a walk would take for a block (and trap past the
    // memory's end). The threaded core's growths take the bump's blocks only.
    expect(compileWat(OUTPUTS[0].wat, { text: true })).toContain('$reuse_slow');
    expect(compileWat(OUTPUTS[1].wat, { text: true, variant: 'shared' })).not.toContain('$reuse_slow');
  });

  it("spells $js_site's steps once: the build writes them out in $alloc_deep_slow, on both cores", () => {
    // One place for each rule: $alloc_deep_slow makes its JS-frame captures itself (one wasm
    // frame fewer for V8 to walk than through $js_site: bench/README.md, "Captures one frame
    // nearer"), with $js_site's steps, which tracer-core.wat holds once (`;; {js_site_steps:`)
    const raw = readFileSync(new URL('../../../runtime/tracer/tracer-core.wat', import.meta.url), 'utf8');
    const funcOf = (text: string, name: string) => {
      const at = text.indexOf(`(func ${name} `);
      expect(at, name).toBeGreaterThanOrEqual(0);
      const end = text.indexOf('\n  (func ', at + 1);
      return text.slice(at, end < 0 ? undefined : end);
    };
    const count = (text: string, what: string) => text.split(what).length - 1;
    // the captures, written once in the source: kind 0, the bottom slot's kind 1, the pushed slot's kind 1
    expect(count(raw, '(call $js_frames (i32.const 0))')).toBe(1);
    expect(count(raw, '(call $js_frames (i32.const 1))')).toBe(2);
    const steps = /\n[ \t]*;; \{js_site_steps:\n([^]*?)\n[ \t]*;; \}js_site_steps\n/.exec(raw)![1]!;
    expect(funcOf(raw, '$js_site')).toContain(steps);
    const expanded: string = expandSteps(raw);
    expect(funcOf(expanded, '$alloc_deep_slow')).toContain(steps);
    expect(funcOf(expanded, '$js_site')).toContain(steps);
    // the optimized cores: $alloc_deep_slow captures itself, without calling $js_site
    for (const [i, variant] of [[0, undefined], [1, 'shared']] as const) {
      const deep = funcOf(compileWat(OUTPUTS[i].wat, { text: true, variant }).replaceAll('\n (func ', '\n  (func '), '$alloc_deep_slow');
      expect(deep, String(variant)).toContain('(call $js_frames');
      expect(deep, String(variant)).not.toContain('(call $js_site');
    }
    // a use with no definition, a definition never used or not closed: the build fails
    expect(() => expandSteps('(module\n  ;; {nothing}\n)')).toThrow(/no definition/);
    expect(() => expandSteps('(module\n  ;; {a:\n  (nop)\n  ;; }a\n)')).toThrow(/never used/);
    expect(() => expandSteps('(module\n  ;; {a:\n  (nop)\n  ;; {a}\n)')).toThrow(/not closed/);
  });

  it('exports its layout, which the loader reads instead of copying numbers', () => {
    const core = new TracerCore(new TracedTotals(), () => {});
    expect(core.layout).toEqual({
      SP: 8, SS_BASE: 64, SS_FRAME: 8, SLOTS: 512, KEYS: 192, VALUES: 2240, TAG: 0x80000000,
      REC_BYTES: 32, TEMP_BYTES: 16, ALLOC_SIZE: 0, ALLOC_COUNT: 8, FREED_SIZE: 16, FREED_COUNT: 24, TEMP_SIZE: 0, TEMP_COUNT: 8, SIZE_CLASSES: 33, SEG_IDS: 256,
    });
  });
});
