// Corpus (session 7): C -O1 where libc allocates on the program's behalf: asprintf, a memory
// stream (open_memstream) grown by fprintf through realloc, getline reading an fmemopen'd buffer
// (its line buffer grown by libc), strndup, and a FILE given a buffer libc allocates (setvbuf).
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *report;
static size_t report_len;
static char *lines[8];
static char *greeting;
static char *prefix;

static void write_report(int rows) {
  FILE *f = open_memstream(&report, &report_len);
  for (int i = 0; i < rows; i++) fprintf(f, "row %03d: %s\n", i, i % 2 ? "odd and therefore a longer line" : "even");
  fclose(f);
}

static int read_lines(const char *text) {
  FILE *in = fmemopen((void *)text, strlen(text), "r");
  char *line = NULL;
  size_t cap = 0;
  int n = 0;
  while (n < 8 && getline(&line, &cap, in) > 0) lines[n++] = strndup(line, strcspn(line, "\n"));
  free(line);
  fclose(in);
  return n;
}

int main(int argc, char **argv) {
  if (asprintf(&greeting, "hello %s, %d args", argv[0], argc) < 0) return 1;
  write_report(40);
  int n = read_lines("alpha\nbeta is longer\ngamma\n\ndelta the last\n");
  prefix = strndup(greeting, 5);
  printf("%s | %zu bytes | %d lines, last '%s' | %s\n", greeting, report_len, n, lines[n - 1], prefix);
  return 0;
}
