// Corpus (oracle5): setjmp/longjmp as wasm exceptions (-sSUPPORT_LONGJMP=wasm: setjmp is a
// try/catch in the module, longjmp throws a wasm exception; no invoke_* imports). A small stack
// machine whose words allocate: an error longjmps out of a recursion holding blocks (kept in a
// registry, so still live), two nested recovery points (a per-line one and the program's), blocks
// allocated after the jump in the function that called setjmp, and the program's end: a fatal
// error longjmps to main, which exits with 4.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cell { long value; char *label; struct cell *next; } cell;

static jmp_buf fatal;
static void **registry;
static size_t nregistry, capregistry;

static void remember(void *p) {
  if (nregistry == capregistry) {
    capregistry = capregistry ? capregistry * 2 : 4;
    registry = realloc(registry, capregistry * sizeof *registry);
  }
  registry[nregistry++] = p;
}

static cell *push(cell *top, long v, const char *label) {
  cell *c = malloc(sizeof *c);
  c->value = v;
  c->label = label ? strdup(label) : NULL;
  c->next = top;
  remember(c);
  return c;
}

// Recurses n deep, allocating a frame record at each level; at the bottom, a bad word jumps.
static long nest(jmp_buf *line, int n, const char *word) {
  char *frame = malloc(20 + n);
  remember(frame);
  snprintf(frame, 20 + n, "nest %d", n);
  if (n > 0) return nest(line, n - 1, word) + 1;
  if (strcmp(word, "boom") == 0) longjmp(*line, 2);
  if (strcmp(word, "halt") == 0) longjmp(fatal, 4);
  return (long)strlen(word);
}

static cell *run_line(cell *top, const char *text, char ***errors, int *nerrors) {
  jmp_buf line;
  char *copy = strdup(text);
  remember(copy);
  int why = setjmp(line);
  if (why) {
    char *msg = malloc(40);
    snprintf(msg, 40, "line failed (%d): %.16s", why, text);
    *errors = realloc(*errors, (*nerrors + 1) * sizeof **errors);
    (*errors)[(*nerrors)++] = msg;
    return push(top, -why, "error");
  }
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
    if (w[0] >= '0' && w[0] <= '9') top = push(top, atol(w), NULL);
    else if (w[0] == '+' && top && top->next) top = push(top->next->next, top->value + top->next->value, "sum");
    else top = push(top, nest(&line, 3, w), w);
  }
  return top;
}

int main(void) {
  static const char *program[] = { "1 2 + word", "3 boom 4", "5 6 +", "7 boom", "8 halt 9", "never" };
  // (static: a local changed after setjmp is indeterminate after the longjmp)
  static char **errors;
  static int nerrors;
  static cell *top;
  int code = setjmp(fatal);
  if (code) {
    char *last = calloc(8, sizeof(long));
    remember(last);
    printf("fatal %d after %d errors; top %ld (%s); %zu blocks\n", code, nerrors, top ? top->value : 0L,
           top && top->label ? top->label : "-", nregistry);
    for (int i = 0; i < nerrors; i++) fprintf(stderr, "%s\n", errors[i]);
    return code;
  }
  for (size_t i = 0; i < sizeof program / sizeof *program; i++) top = run_line(top, program[i], &errors, &nerrors);
  return 0;
}
