/*
 * Native baseline of the MJPEG decode benchmark (scripts/bench.sh compiles it): libjpeg-turbo's own decode of
 * the same JPEG files, through the same TurboJPEG call our decoder makes (tjDecompressToYUVPlanes into planes of
 * the JPEG's own subsampling, TJFLAG_STOPONWARNING), timed over many frames after a warm-up.
 *
 *   mjpeg_decode FILE.jpg FRAMES   ->   one line: file=... frames=N ns_per_frame=... cpu_ns_per_frame=...
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
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE.jpg FRAMES\n", argv[0]);
        return 2;
    }
    int frames = atoi(argv[2]);
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *jpeg = malloc(size);
    if (!jpeg || fread(jpeg, 1, size, f) != (size_t) size) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(f);
    tjhandle h = tjInitDecompress();
    int w, ht, sub, cs;
    if (tjDecompressHeader3(h, jpeg, size, &w, &ht, &sub, &cs) != 0) {
        fprintf(stderr, "header: %s\n", tjGetErrorStr2(h));
        return 1;
    }
    unsigned char *planes[3];
    int strides[3];
    for (int c = 0; c < 3; c++) {
        strides[c] = tjPlaneWidth(c, w, sub);
        planes[c] = malloc(tjPlaneSizeYUV(c, w, 0, ht, sub));
    }
    for (int i = 0; i < 50 + frames; i++) {
        if (i == 50) {
            /* warm-up done: time the rest */
            static long long t0, c0;
            t0 = now_ns(CLOCK_MONOTONIC);
            c0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
            for (int j = 0; j < frames; j++) {
                if (tjDecompressToYUVPlanes(h, jpeg, size, planes, w, strides, ht, TJFLAG_STOPONWARNING) != 0) {
                    fprintf(stderr, "decode: %s\n", tjGetErrorStr2(h));
                    return 1;
                }
            }
            long long t1 = now_ns(CLOCK_MONOTONIC);
            long long c1 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
            printf("file=%s width=%d height=%d subsampling=%d frames=%d ns_per_frame=%lld cpu_ns_per_frame=%lld\n",
                   argv[1], w, ht, sub, frames, (t1 - t0) / frames, (c1 - c0) / frames);
            break;
        }
        if (tjDecompressToYUVPlanes(h, jpeg, size, planes, w, strides, ht, TJFLAG_STOPONWARNING) != 0) {
            fprintf(stderr, "decode: %s\n", tjGetErrorStr2(h));
            return 1;
        }
    }
    tjDestroy(h);
    return 0;
}
