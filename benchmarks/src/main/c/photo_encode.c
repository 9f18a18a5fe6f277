/*
 * Native baseline of the photo encode benchmark (scripts/bench.sh compiles it): libjpeg-turbo's own encode of the
 * same 4:2:0 frame PhotoEncodeBenchmark encodes (the pattern of PhotoInputs, written out by the same formulas),
 * through the same call our encoder makes for full-range I420 (tjCompressFromYUVPlanes, quality 92, TJSAMP_420,
 * a tjBufSize buffer with TJFLAG_NOREALLOC), timed over many frames after a warm-up.
 *
 *   photo_encode WIDTH HEIGHT FRAMES   ->   one line: width=... height=... frames=N bytes=... ns_per_frame=...
 *                                           cpu_ns_per_frame=...
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <turbojpeg.h>

static long long now_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (long long) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s WIDTH HEIGHT FRAMES\n", argv[0]);
        return 2;
    }
    int w = atoi(argv[1]), h = atoi(argv[2]), frames = atoi(argv[3]);
    int cw = (w + 1) / 2, ch = (h + 1) / 2;
    unsigned char *y = malloc((size_t) w * h), *u = malloc((size_t) cw * ch), *v = malloc((size_t) cw * ch);
    if (!y || !u || !v || w <= 0 || h <= 0 || frames <= 0) {
        fprintf(stderr, "bad arguments or out of memory\n");
        return 1;
    }
    /* PhotoInputs' pattern: texture over gradients in luma, slow ramps in chroma. */
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++)
            y[(size_t) r * w + c] = (unsigned char) ((((c ^ r) & 0x3f) + ((c + r) >> 3)) & 0xff);
    for (int r = 0; r < ch; r++)
        for (int c = 0; c < cw; c++) {
            u[(size_t) r * cw + c] = (unsigned char) ((128 + (c >> 3) - (r >> 4)) & 0xff);
            v[(size_t) r * cw + c] = (unsigned char) ((128 + (r >> 3) - (c >> 4)) & 0xff);
        }
    const unsigned char *planes[3] = {y, u, v};
    int strides[3] = {w, cw, cw};
    unsigned long capacity = tjBufSize(w, h, TJSAMP_420);
    unsigned char *out = tjAlloc((int) capacity);
    tjhandle handle = tjInitCompress();
    if (!out || !handle) {
        fprintf(stderr, "tjAlloc/tjInitCompress failed\n");
        return 1;
    }
    unsigned long size = 0;
    long long wall = 0, cpu = 0;
    int warmup = frames / 10 + 1;
    for (int i = 0; i < warmup + frames; i++) {
        if (i == warmup) {
            wall = now_ns(CLOCK_MONOTONIC);
            cpu = now_ns(CLOCK_PROCESS_CPUTIME_ID);
        }
        size = capacity;
        if (tjCompressFromYUVPlanes(handle, planes, w, strides, h, TJSAMP_420, &out, &size, 92, TJFLAG_NOREALLOC)) {
            fprintf(stderr, "tjCompressFromYUVPlanes: %s\n", tjGetErrorStr2(handle));
            return 1;
        }
    }
    wall = now_ns(CLOCK_MONOTONIC) - wall;
    cpu = now_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("width=%d height=%d frames=%d bytes=%lu ns_per_frame=%lld cpu_ns_per_frame=%lld\n", w, h, frames, size,
           wall / frames, cpu / frames);
    tjDestroy(handle);
    tjFree(out);
    free(y);
    free(u);
    free(v);
    return 0;
}
