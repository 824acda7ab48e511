const std = @import("std");
var list: ?std.ArrayList(u64) = null;
export fn push(n: usize) usize {
    if (list == null) list = std.ArrayList(u64).init(std.heap.wasm_allocator);
    var i: usize = 0;
    while (i < n) : (i += 1) list.?.append(i * 3) catch return 0;
    return list.?.items.len;
}
export fn clear() void {
    if (list) |*l| l.deinit();
    list = null;
}
// The oracle: the bytes the list holds, by its own account.
export fn held() usize {
    return if (list) |l| l.capacity * @sizeOf(u64) else 0;
}
