# The anchors' program in Python (bench/overhead.bench.mjs's TREES_C, line for line): binary trees,
# then a churn of mixed-size buffers. Run as `python3 -X tracemalloc=N anchors_trees.py DEPTH CHURN`
# by bench/anchors.bench.mjs; prints the same sum as the C program.
import sys


class Node:
    __slots__ = ('left', 'right')

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth > 0:
        return Node(make(depth - 1), make(depth - 1))
    return Node(None, None)


def check(n):
    return 1 + (check(n.left) + check(n.right) if n.left else 0)


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    churn = int(sys.argv[2]) if len(sys.argv) > 2 else 500000
    total = 0
    for d in range(4, depth + 1, 2):
        for _ in range(1 << (depth - d + 4)):
            t = make(d)
            total += check(t)
            del t
    slots = [None] * 4096
    r = 12345
    for i in range(churn):
        r = (r * 1103515245 + 12345) & 0xFFFFFFFF
        k = (r >> 8) % 4096
        slots[k] = bytearray(16 + (r >> 16) % 1024)
        slots[k][0] = i & 127
        total += slots[k][0]
    print(total)


main()
