// What the zoo table shows of a snapshot: live traces and bytes, the share of frames that carry
// a name (not `<unknown>` nor `wasm-function[N]`), the biggest lines, and the events the live
// table could not match (the snapshot's `unmatched` metadata: frees of pointers never seen
// allocated, allocations at pointers still live): a fine program shows none unless it frees
// twice, so a count here is a bug of ours or of the package, to be looked at.

const UNNAMED = /^(<unknown>|wasm-function\[\d+\])/;

export function summarize(snapshot) {
  const traces = [...snapshot.traces];
  let frames = 0;
  let named = 0;
  for (const trace of traces) {
    for (const frame of trace.traceback) {
      frames++;
      if (!UNNAMED.test(frame.filename)) named++;
    }
  }
  const top = snapshot.statistics('lineno').slice(0, 3).map((s) => {
    const f = s.traceback[s.traceback.length - 1] ?? s.traceback[0];
    return { frame: `${f.filename}:${f.lineno}`, size: s.size, count: s.count };
  });
  let unmatched = null;
  try {
    const raw = snapshot.metadata?.get('unmatched');
    if (raw !== undefined) unmatched = JSON.parse(raw).totals ?? null;
  } catch { unmatched = null; }
  return { traces: traces.length, live: traces.reduce((n, t) => n + t.size, 0), frames, named, top, unmatched };
}
