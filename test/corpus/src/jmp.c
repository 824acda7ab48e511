// Corpus (session 7): Emscripten C with setjmp/longjmp error recovery (a recursive-descent parser
// that longjmps out of allocating frames; Emscripten routes every call made while a jmp_buf is
// live through invoke_* imports) and emmalloc (-sMALLOC=emmalloc) instead of dlmalloc, with
// realloc growth and calloc.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct expr { char op; long value; struct expr *kids[2]; char *name; } expr;
typedef struct { const char *p; jmp_buf fail; char **errors; int nerrors; } parser;

static void error(parser *ps, const char *what) {
  char *msg = malloc(strlen(what) + 32);
  sprintf(msg, "%s at '%.8s'", what, ps->p);
  ps->errors = realloc(ps->errors, (ps->nerrors + 1) * sizeof *ps->errors);
  ps->errors[ps->nerrors++] = msg;
  longjmp(ps->fail, 1);
}

static expr *node(char op) {
  expr *e = calloc(1, sizeof *e);
  e->op = op;
  return e;
}

static expr *sum(parser *ps);

static expr *atom(parser *ps) {
  if (*ps->p == '(') {
    ps->p++;
    expr *e = sum(ps);
    if (*ps->p != ')') error(ps, "expected )");
    ps->p++;
    return e;
  }
  if (*ps->p >= 'a' && *ps->p <= 'z') {
    const char *s = ps->p;
    while (*ps->p >= 'a' && *ps->p <= 'z') ps->p++;
    expr *e = node('v');
    e->name = strndup(s, ps->p - s);
    return e;
  }
  if (*ps->p < '0' || *ps->p > '9') error(ps, "expected a number");
  expr *e = node('n');
  while (*ps->p >= '0' && *ps->p <= '9') e->value = e->value * 10 + (*ps->p++ - '0');
  return e;
}

static expr *sum(parser *ps) {
  expr *l = atom(ps);
  while (*ps->p == '+' || *ps->p == '*') {
    expr *e = node(*ps->p++);
    e->kids[0] = l;
    e->kids[1] = atom(ps);
    l = e;
  }
  return l;
}

static expr *parse(parser *ps, const char *text) {
  ps->p = text;
  if (setjmp(ps->fail)) return NULL; // the nodes made before the error stay allocated
  return sum(ps);
}

static long eval(const expr *e) {
  switch (e->op) {
  case 'n': return e->value;
  case 'v': return (long)strlen(e->name);
  case '+': return eval(e->kids[0]) + eval(e->kids[1]);
  default: return eval(e->kids[0]) * eval(e->kids[1]);
  }
}

parser kept;
expr *trees[4];

int main(void) {
  const char *inputs[] = {"1+(2*abc)+4", "(3+4*", "x*(y+22)", "5+#"};
  long total = 0;
  for (int i = 0; i < 4; i++) {
    trees[i] = parse(&kept, inputs[i]);
    if (trees[i]) total += eval(trees[i]);
  }
  printf("total %ld, %d errors: %s; %s\n", total, kept.nerrors, kept.errors[0], kept.errors[1]);
  return 0;
}
