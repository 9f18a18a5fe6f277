/*
 * Compiled with clang -fblocks against libBlocksRuntime during the tests: holds on to a completion handler the
 * way requestAccessForMediaType:completionHandler: does (Block_copy now, call later from another thread,
 * Block_release after), so a block literal built in Java is exercised by the real blocks runtime and by
 * compiler-generated block invocation.
 */
#include <Block.h>
#include <pthread.h>
#include <stddef.h>

typedef void (^completion_t)(signed char granted);

static completion_t saved;

void mc_keep(completion_t handler) { saved = Block_copy(handler); }

void *mc_saved(void) { return (void *)saved; }

static void *fire(void *arg) {
    saved((signed char)(long)arg);
    return NULL;
}

/* Invokes the saved copy on a new thread, waits for it, and releases the copy. */
int mc_fire_on_thread(signed char granted) {
    pthread_t t;
    if (pthread_create(&t, NULL, fire, (void *)(long)granted) != 0) { return -1; }
    pthread_join(t, NULL);
    Block_release(saved);
    saved = NULL;
    return 0;
}
