// Corpus (session 7): the lto-O2 program's interface (lto_main.c, lto_store.c, lto_util.c).
#ifndef CORPUS_LTO_UTIL_H
#define CORPUS_LTO_UTIL_H
#include <stddef.h>

typedef struct { char *data; size_t len, cap; } strbuf;
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
void sb_append(strbuf *b, const char *s);
void sb_appendn(strbuf *b, const char *s, size_t n);
char *sb_take(strbuf *b);

typedef struct entry { char *key; int count; struct entry *next; } entry;
typedef struct { entry **buckets; size_t nbuckets, size; } store;
store *store_new(size_t nbuckets);
entry *store_add(store *s, const char *key);
void store_rehash(store *s);
#endif
