// The allocator's alloc inlined into a caller (`fast`: @call(.always_inline) of WasmAllocator's
// vtable alloc, the code that pops a block off a free list in `fast`'s own body), while
// allocMem and freeMem go through the Allocator interface (calls, hooked). No push is recognised in
// `fast`: the module's line must carry the caveat `allocator code inlined?` naming it. `counted`
// is the program's own count of the bytes it holds.
const std = @import("std");
const allocator = std.heap.wasm_allocator;
const W = std.heap.WasmAllocator;
var held: usize = 0;

export fn counted() usize {
    return held;
}

// through the Allocator interface: calls
export fn allocMem(n: usize) [*]u8 {
    const b = allocator.alloc(u8, n) catch unreachable;
    held += n;
    return b.ptr;
}

export fn freeMem(p: [*]u8, n: usize) void {
    allocator.free(p[0..n]);
    held -= n;
}

// the allocator's alloc inlined here (the code that pops a block off a free list is this function's)
export fn fast(n: usize) [*]u8 {
    const p = @call(.always_inline, W.vtable.alloc, .{ undefined, n, 0, @returnAddress() }) orelse unreachable;
    held += n;
    return p;
}
