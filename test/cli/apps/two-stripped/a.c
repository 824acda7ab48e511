// One of two plugins built from one template (a.c, b.c: only the fill byte and the helper's name
// differ), shipped stripped: their code is the same size, so the same call sits at the same
// offset of the same function index in each, and their symbol maps differ only in that name.
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *make_a(int n) { char *p = malloc(n); memset(p, 'a', n); return p; }
__attribute__((export_name("run"))) char *run(int n) { return make_a(n); }
__attribute__((export_name("give"))) void give(char *p) { free(p); }
