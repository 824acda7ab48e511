// -sPROXY_TO_PTHREAD: main() itself runs on a pthread; it starts two more that allocate, one of
// which frees main's blocks; a block of each is left. Prints the expected live set.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *blocks[100];
static void *left[3];

static void *freer(void *arg) {
  (void)arg;
  for (int i = 0; i < 100; i++) free(blocks[i]);  // allocated by main's thread
  left[1] = malloc(300);
  memset(left[1], 2, 300);
  return NULL;
}

static void *grower(void *arg) {
  (void)arg;
  char *p = NULL;
  for (int n = 1; n <= 64; n++) {
    p = realloc(p, n * 100);
    memset(p, 3, n * 100);
  }
  left[2] = p;  // 6400 bytes
  return NULL;
}

int main(void) {
  for (int i = 0; i < 100; i++) {
    blocks[i] = malloc(50 + i);
    memset(blocks[i], 1, 50 + i);
  }
  left[0] = malloc(200);
  memset(left[0], 1, 200);
  pthread_t a, b;
  pthread_create(&a, NULL, freer, NULL);
  pthread_create(&b, NULL, grower, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("expected live: 200 300 6400\n");
  return 0;
}
