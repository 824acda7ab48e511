// Zig's own allocators on wasm32-freestanding, used the way Zig programs use them: through the
// std.mem.Allocator interface (its vtable), never through malloc. `counted` is the oracle: the
// program's own count of the bytes it holds (requested lengths), beside what the tool traces.
const std = @import("std");

var held: usize = 0;
var lists: [64]?std.ArrayList(u32) = [_]?std.ArrayList(u32){null} ** 64;
var pages: ?[]u8 = null;
var gpa = std.heap.GeneralPurposeAllocator(.{}){};

export fn counted() usize {
    return held;
}

fn track(before: usize, after: usize) void {
    held = held + after - before;
}

// Lists 0..31 live in std.heap.wasm_allocator, 32..63 in a GeneralPurposeAllocator (whose own
// pages come from std.heap.page_allocator).
fn allocatorFor(i: usize) std.mem.Allocator {
    return if (i < 32) std.heap.wasm_allocator else gpa.allocator();
}

// Grow list i to n items: ArrayList grows by resize in place when it can, else alloc + copy + free.
export fn grow(i: usize, n: usize) u32 {
    const a = allocatorFor(i);
    if (lists[i] == null) lists[i] = std.ArrayList(u32).init(a);
    var l = &lists[i].?;
    const before = l.capacity * 4;
    var k: usize = l.items.len;
    while (k < n) : (k += 1) l.append(@intCast(k * 7 + i)) catch return 0;
    track(before, l.capacity * 4);
    var s: u32 = 0;
    for (l.items) |v| s +%= v;
    return s;
}

export fn shrink(i: usize) void {
    if (lists[i]) |*l| {
        const before = l.capacity * 4;
        l.shrinkAndFree(l.items.len / 2);
        track(before, l.capacity * 4);
    }
}

export fn drop(i: usize) void {
    if (lists[i]) |*l| {
        track(l.capacity * 4, 0);
        l.deinit();
        lists[i] = null;
    }
}

// A big block straight from the page allocator (memory.grow on wasm), kept until release().
export fn big(n: usize) usize {
    const b = std.heap.page_allocator.alloc(u8, n) catch return 0;
    @memset(b, 1);
    pages = b;
    track(0, n);
    return b.len;
}

export fn release() void {
    if (pages) |b| {
        track(b.len, 0);
        std.heap.page_allocator.free(b);
        pages = null;
    }
}

// Allocator.resize called by the program itself: in place or not at all. A refusal leaves the
// block as it was (the program keeps using its old length). The allocator is chosen at run time
// (`which` as for lists), so the call goes through the vtable.
var bufs: [2]?[]u8 = .{ null, null };

export fn try_resize(which: usize, n: usize) u32 {
    const a = allocatorFor(which);
    const k: usize = if (which < 32) 0 else 1;
    if (bufs[k] == null) {
        bufs[k] = a.alloc(u8, 16) catch return 0;
        track(0, 16);
    }
    const old = bufs[k].?;
    if (a.resize(old, n)) {
        track(old.len, n);
        bufs[k] = old.ptr[0..n];
        return 1;
    }
    return 0;
}
