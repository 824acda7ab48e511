#include <stdlib.h>
// frees blocks handed in from outside; allocates nothing itself
__attribute__((export_name("release"))) void release(void *p) { free(p); }
