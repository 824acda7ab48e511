// Invalid arguments throw a TracemallocError that quotes the bad value and says what was expected.
import { describe, expect, test } from 'vitest';
import { DomainFilter, Filter, Frame, Snapshot, Statistic, Trace, Traceback, TracemallocError } from '../../../runtime/model/index';

const snap = new Snapshot([[0, 10, [['a.c', 1]], 1]], 1);

function error(fn: () => unknown): TracemallocError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TracemallocError);
    return e as TracemallocError;
  }
  throw new Error('did not throw');
}

describe('argument errors', () => {
  test('statistics / compareTo', () => {
    expect(error(() => snap.statistics('line' as never)).message).toBe("unknown key_type: 'line' (expected 'filename', 'lineno' or 'traceback')");
    expect(error(() => snap.statistics('traceback', true)).message).toContain("cumulative mode cannot by used with key type 'traceback'");
    expect(error(() => snap.statistics('lineno', 1 as never)).message).toBe('cumulative must be true or false, not 1');
    expect(error(() => snap.compareTo({} as never, 'lineno')).pythonType).toBe('TypeError');
    // CPython reads frame 0 for 'filename' (IndexError); cumulative mode loops over no frame
    const empty = new Snapshot([[0, 1, [], 0], [0, 2, [['a.c', 1]], 1]], 1);
    expect(error(() => empty.statistics('filename')).pythonType).toBe('IndexError');
    expect(empty.statistics('filename', true).map(String)).toEqual(['a.c:0: size=2 B, count=1, average=2 B']);
    expect(empty.statistics('lineno').map((s) => [s.size, s.traceback.length])).toEqual([[2, 1], [1, 0]]);
    expect(error(() => empty.filterTraces([new Filter(true, 'a.c')])).pythonType).toBe('IndexError');
    expect(empty.filterTraces([new Filter(true, 'a.c', null, true)]).traces.length).toBe(1);
  });

  test('constructors', () => {
    expect(error(() => new Snapshot([[0, 1.5, [['a.c', 1]], 1]], 1)).message).toBe('trace size must be an integer from 0 to 9007199254740991, not 1.5');
    expect(error(() => new Snapshot([[0, -3, [['a.c', 1]], 1]], 1)).message).toContain('not -3');
    expect(error(() => new Snapshot([[0, 1, 'a.c' as never, 1]], 1)).message).toContain('trace #0 must be [domain, size, rawFrames, totalNframe]');
    expect(error(() => new Snapshot([[0, 1, [['a.c', 'x' as never]], 1]], 1)).message).toBe("frame lineno must be an integer from 0 to 4294967295, not 'x'");
    expect(error(() => new Snapshot('abc' as never, 1)).pythonType).toBe('TypeError');
    expect(error(() => new Frame(['a.c', 1.25])).message).toContain('not 1.25');
    expect(error(() => new Traceback([['a.c', 1]], -2)).message).toContain('not -2');
    expect(error(() => new Trace([0, 1] as never)).pythonType).toBe('TypeError');
    expect(error(() => new Statistic(new Traceback([['a.c', 1]]), 1.5, 1)).message).toContain('not 1.5');
  });

  test('filters', () => {
    expect(error(() => new Filter(true, 3 as never)).message).toContain('filenamePattern must be a string');
    expect(error(() => new Filter('yes' as never, '*')).message).toBe("inclusive must be true or false, not 'yes'");
    expect(error(() => new Filter(true, '*', 1.5)).message).toContain('Filter lineno must be an integer');
    expect(error(() => new DomainFilter(true, -1)).message).toContain('DomainFilter domain must be an integer');
    expect(error(() => snap.filterTraces('*' as never)).message).toBe("filters must be a list of filters, not '*'");
    expect(error(() => snap.filterTraces([{ inclusive: true }] as never)).message).toContain('filters[0] must be a Filter or a DomainFilter');
    // CPython accepts an empty pattern (it matches only an empty filename); so do we
    expect(snap.filterTraces([new Filter(true, '')]).traces.length).toBe(0);
  });

  test('sequences behave like Python sequences', () => {
    const s = new Snapshot([[0, 10, [['a.c', 1]], 1], [1, 20, [['b.c', 2], ['main.c', 9]], 2]], 2);
    expect(s.traces.length).toBe(2);
    expect(String(s.traces[1])).toBe('main.c:9: 20 B');
    expect(s.traces[2]).toBeUndefined();
    expect(String(s.traces.at(-1))).toBe('main.c:9: 20 B');
    expect(1 in s.traces).toBe(true);
    expect(2 in s.traces).toBe(false);
    expect([...s.traces].map(String)).toEqual(['a.c:1: 10 B', 'main.c:9: 20 B']);
    expect(s.traces.includes(new Trace([1, 20, [['b.c', 2], ['main.c', 9]], 2]))).toBe(true);
    expect(s.traces.repr()).toBe('<Traces len=2>');
    expect(s.traces.slice(-1).map(String)).toEqual(['main.c:9: 20 B']);
    expect(s.traces.slice(0, -1).map(String)).toEqual(['a.c:1: 10 B']);
    expect(s.traces.slice(5)).toEqual([]);
    const tb = s.traces[1]!.traceback;
    expect(tb.length).toBe(2);
    expect(String(tb[1])).toBe('b.c:2');
    expect(String(tb.at(-1))).toBe('b.c:2');
    expect(Array.from(tb).map(String)).toEqual(['main.c:9', 'b.c:2']);
  });
});
