// A ReleaseFast build inlines std.heap.wasm_allocator's free into its callers (the free-list push,
// `node.next = head; head = block`, is in `work`'s own body) while the allocations stay calls
// through the Allocator vtable: the shape of md4w's `render` (zoo/README.md). `counted` is the
// program's own count of the bytes it holds.
const std = @import("std");
const allocator = std.heap.wasm_allocator;
var held: usize = 0;

export fn counted() usize {
    return held;
}

export fn allocMem(n: usize) [*]u8 {
    const b = allocator.alloc(u8, n) catch unreachable;
    held += n;
    return b.ptr;
}

// Frees its input and its scratch buffer before it returns.
export fn work(ptr: [*]u8, n: usize, size: usize) usize {
    const input = ptr[0..n];
    defer {
        allocator.free(input);
        held -= n;
    }
    const buf = allocator.alloc(u8, size) catch unreachable;
    held += size;
    defer {
        allocator.free(buf);
        held -= size;
    }
    var s: usize = 0;
    for (input, 0..) |c, i| {
        buf[i % size] = c;
        s +%= c;
    }
    return s + buf[0];
}
