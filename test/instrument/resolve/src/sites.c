#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int value; };

__attribute__((noinline)) struct node *make_node(int value) {
  struct node *n = malloc(sizeof(struct node));
  n->value = value;
  n->next = 0;
  return n;
}

__attribute__((noinline)) char *copy_text(const char *s) {
  size_t len = strlen(s);
  char *p = malloc(len + 1); memcpy(p, s, len + 1);
  return p;
}

__attribute__((noinline)) void *grow(void *p, size_t n) {
  return realloc(p, n);
}

__attribute__((export_name("run"))) int run(int n) {
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    struct node *x = make_node(i);
    x->next = head;
    head = x;
  }
  char *t = copy_text("hello");
  int *arr = calloc(16, sizeof(int));
  arr = grow(arr, 64 * sizeof(int));
  int sum = t[0] + arr[0];
  free(t);
  free(arr);
  while (head) { struct node *nx = head->next; free(head); head = nx; }
  return sum;
}
