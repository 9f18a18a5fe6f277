/*
 * Native baseline for the frame-latency benchmark: a minimal pw_stream capture client that negotiates
 * the same format as mediacapture-java's PipeWire backend (same EnumFormat offer, 8 buffers, a
 * spa_meta_header) and measures latency the same way:
 *
 *   video: clock_gettime(CLOCK_MONOTONIC) in the process callback - spa_meta_header.pts
 *   audio: the buffers carry no header, so the first sample is stamped "one buffer ago" (callback time
 *          minus the buffer's duration), exactly as the Java backend does; the latency is then measured
 *          against that stamp when the callback holds the buffer.
 *
 * CPU per frame is clock_gettime(CLOCK_PROCESS_CPUTIME_ID) over the measured frames (user + system time of
 * the whole process, as the Java side measures its whole JVM, with the same clock). With --copy every video
 * buffer is also copied into malloc'd memory before it goes back, the work the Java backend does by default. The
 * callback runs on the loop thread, not the realtime data thread, as in the Java backend. The code that "holds the
 * frame" reads its first byte (the Java consumers read one through a plane view).
 *
 * --handoff: the frame is held by a second thread, as MediaStreamTrackProcessor.read() hands frames to the
 * application's thread: the loop thread queues each frame (at most 4 waiting, the oldest dropped, as the Java
 * processor the benchmarks use) under a mutex and signals a condition variable; the consumer thread takes it, measures
 * the latency, reads a byte and gives it back. Without --copy the frame is the PipeWire buffer itself, given back as
 * the Java backend's zero-copy frames are: marked returned, queued back by the loop thread's next process callback.
 * With --copy it is a copy in one of a few malloc'd blocks, and the buffer goes back at once.
 * Compiled at benchmark time by scripts/bench.sh:
 *
 *   cc -O2 -o pw_latency pw_latency.c $(pkg-config --cflags --libs libpipewire-0.3)
 *
 * Usage: pw_latency --target NODE_NAME (--video FORMAT WIDTH HEIGHT FPS | --audio F32|S16 RATE CHANNELS)
 *                   [--warmup SECONDS] [--seconds SECONDS] [--until-stop] [--latency FRAMES] [--copy] [--handoff]
 * --until-stop: the measurement ends at SIGTERM or SIGINT (or after --seconds, whichever comes first): for a run next
 * to another client on the same node, as long as that one measures. A line {"receiving":true} on stdout says the
 * first frame arrived.
 * FORMAT is a SPA video format name: UYVY, YUY2, RGB, BGR, RGBA, RGBx, I420, NV12.
 * Prints one JSON object on stdout, with every measured frame's latency and capture stamp (latency_ns, pts_ns: a
 * second client on the same node, measured at the same time, is compared frame by frame through the stamps);
 * exits 1 on bad arguments, 2 when no (or too few) frames arrived.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pipewire/pipewire.h>
#include <spa/buffer/meta.h>
#include <spa/param/audio/format-utils.h>
#include <spa/param/video/format-utils.h>
#include <spa/pod/builder.h>
#include <spa/utils/result.h>

#define HANDOFF_QUEUE 4 /* frames waiting for the consumer, as MediaStreamTrackProcessor(track, 4) */
#define HANDOFF_SLOTS (HANDOFF_QUEUE + 2) /* --copy blocks: the queue, the consumer's, the one being filled */

struct held {
    struct pw_buffer *buffer; /* without --copy; NULL for a copy */
    int slot;                 /* with --copy: the block holding it */
    const uint8_t *data;
    int64_t stamp;
};

struct handoff {
    pthread_t consumer;
    pthread_mutex_t lock;
    pthread_cond_t available;
    struct held queue[HANDOFF_QUEUE];
    size_t head, size;
    struct pw_buffer *returned[64]; /* given back by the consumer, queued back by the loop thread */
    size_t n_returned;
    uint8_t *blocks[HANDOFF_SLOTS];
    int block_free[HANDOFF_SLOTS];
    size_t block_size;
    int stop;
    uint64_t dropped;
    struct spa_source *finished; /* the consumer signals it: the loop thread quits */
};

struct bench {
    struct pw_main_loop *loop;
    struct pw_stream *stream;
    struct spa_hook listener;
    int video;
    uint32_t spa_format;
    uint32_t width, height, fps;
    uint32_t rate, channels, sample_bytes;
    double warmup_s, measure_s;

    int64_t first_ns;     /* first frame seen, 0 before */
    int64_t measure_start_ns;
    int64_t cpu_start_ns;
    int copy;             /* --copy: copy each video buffer out, as the Java backend does by default */
    uint8_t *copy_to;
    size_t copy_capacity;
    int64_t *latencies;
    int64_t *stamps;      /* each measured frame's capture stamp: pairs it with another client's same frame */
    size_t count, capacity;
    uint64_t frames_seen;
    uint64_t audio_samples; /* audio frames over the measured buffers */
    int64_t cpu_ns;
    int done;
    char negotiated[128];
    const char *format_name; /* as given on the command line */
    int handoff_mode;         /* --handoff */
    int until_stop;           /* --until-stop: measure until SIGTERM/SIGINT (--seconds only bounds it) */
    volatile int stopped;     /* a stop signal arrived */
    struct handoff h;
    volatile uint8_t touched; /* the byte each held frame gives, so that reading it is not optimised away */
};

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t process_cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* --copy: the frame's bytes into memory of our own (kept between frames, as the Java side pools it). */
static void copy_out(struct bench *s, struct spa_buffer *b) {
    if (b->n_datas < 1 || b->datas[0].data == NULL || b->datas[0].chunk == NULL || b->datas[0].maxsize == 0) {
        return;
    }
    struct spa_data *d = &b->datas[0];
    uint32_t offset = d->chunk->offset % d->maxsize;
    uint32_t size = SPA_MIN(d->chunk->size, d->maxsize - offset);
    if (size > s->copy_capacity) {
        uint8_t *grown = realloc(s->copy_to, size);
        if (grown == NULL) {
            return;
        }
        s->copy_to = grown;
        s->copy_capacity = size;
    }
    memcpy(s->copy_to, (const uint8_t *) d->data + offset, size);
}

static int64_t header_pts(struct spa_buffer *b) {
    struct spa_meta_header *h = spa_buffer_find_meta_data(b, SPA_META_Header, sizeof(*h));
    return h != NULL ? h->pts : -1;
}

static void record(struct bench *s, int64_t stamp, int64_t latency) {
    if (s->count == s->capacity) {
        size_t cap = s->capacity ? s->capacity * 2 : 4096;
        int64_t *grown = realloc(s->latencies, cap * sizeof(int64_t));
        if (grown == NULL) {
            return; /* keep measuring what fits */
        }
        s->latencies = grown;
        grown = realloc(s->stamps, cap * sizeof(int64_t));
        if (grown == NULL) {
            return;
        }
        s->stamps = grown;
        s->capacity = cap;
    }
    s->stamps[s->count] = stamp;
    s->latencies[s->count++] = latency;
}

/* The code holding a frame (on the loop thread, or the consumer's with --handoff): measures, reads a byte. */
static void hold(struct bench *s, int64_t now, int64_t stamp, uint32_t samples, const uint8_t *data) {
    if (data != NULL) {
        s->touched = data[0];
    }
    if (stamp > 0 && !s->done) {
        s->frames_seen++;
        if (s->first_ns == 0) {
            s->first_ns = now;
            if (s->until_stop) {
                printf("{\"receiving\":true}\n"); /* the caller may start the other client now */
                fflush(stdout);
            }
        }
        if (s->measure_start_ns == 0 && now - s->first_ns >= (int64_t) (s->warmup_s * 1e9)) {
            s->measure_start_ns = now;
            s->cpu_start_ns = process_cpu_ns();
        }
        if (s->measure_start_ns != 0) {
            /* The same instant the Java side takes: the moment this code holds the frame. */
            record(s, stamp, now_ns() - stamp);
            s->audio_samples += samples;
            if (now - s->measure_start_ns >= (int64_t) (s->measure_s * 1e9)) {
                s->cpu_ns = process_cpu_ns() - s->cpu_start_ns;
                s->measure_s = (now - s->measure_start_ns) / 1e9;
                s->done = 1;
            }
        }
    }
}

/* The mapped bytes of a video buffer's first data block, or NULL. */
static const uint8_t *video_data(struct spa_buffer *b) {
    if (b->n_datas < 1 || b->datas[0].data == NULL || b->datas[0].chunk == NULL || b->datas[0].maxsize == 0) {
        return NULL;
    }
    return (const uint8_t *) b->datas[0].data + b->datas[0].chunk->offset % b->datas[0].maxsize;
}

/* --handoff, loop thread: queues the frame for the consumer (dropping the oldest when 4 wait). */
static void hand_off(struct bench *s, struct pw_buffer *b) {
    struct handoff *h = &s->h;
    struct held item = {.buffer = NULL, .slot = -1, .data = NULL, .stamp = header_pts(b->buffer)};
    const uint8_t *data = video_data(b->buffer);
    pthread_mutex_lock(&h->lock);
    if (s->copy && data != NULL) {
        for (int i = 0; i < HANDOFF_SLOTS; i++) {
            if (h->block_free[i]) {
                item.slot = i;
                h->block_free[i] = 0;
                break;
            }
        }
    }
    pthread_mutex_unlock(&h->lock);
    if (s->copy) {
        if (item.slot >= 0) {
            uint32_t size = SPA_MIN(b->buffer->datas[0].chunk->size, (uint32_t) h->block_size);
            memcpy(h->blocks[item.slot], data, size);
            item.data = h->blocks[item.slot];
        }
        pw_stream_queue_buffer(s->stream, b);
    } else {
        item.buffer = b;
        item.data = data;
    }
    struct held evicted = {.buffer = NULL, .slot = -1};
    pthread_mutex_lock(&h->lock);
    if (h->size == HANDOFF_QUEUE) {
        evicted = h->queue[h->head];
        h->head = (h->head + 1) % HANDOFF_QUEUE;
        h->size--;
        h->dropped++;
        if (evicted.slot >= 0) {
            h->block_free[evicted.slot] = 1;
        }
    }
    h->queue[(h->head + h->size) % HANDOFF_QUEUE] = item;
    h->size++;
    pthread_cond_signal(&h->available);
    pthread_mutex_unlock(&h->lock);
    if (evicted.buffer != NULL) {
        pw_stream_queue_buffer(s->stream, evicted.buffer);
    }
}

/* --handoff, consumer thread: takes frames until the measurement is done. */
static void *consume(void *data) {
    struct bench *s = data;
    struct handoff *h = &s->h;
    pthread_mutex_lock(&h->lock);
    while (!h->stop) {
        if (h->size == 0) {
            pthread_cond_wait(&h->available, &h->lock);
            continue;
        }
        struct held item = h->queue[h->head];
        h->head = (h->head + 1) % HANDOFF_QUEUE;
        h->size--;
        pthread_mutex_unlock(&h->lock);
        hold(s, now_ns(), item.stamp, 0, item.data);
        int done = s->done;
        pthread_mutex_lock(&h->lock);
        if (item.slot >= 0) {
            h->block_free[item.slot] = 1;
        }
        if (item.buffer != NULL && h->n_returned < sizeof(h->returned) / sizeof(h->returned[0])) {
            h->returned[h->n_returned++] = item.buffer; /* no wake-up: the next process callback queues it */
        }
        if (done) {
            h->stop = 1;
            pw_loop_signal_event(pw_main_loop_get_loop(s->loop), h->finished);
        }
    }
    pthread_mutex_unlock(&h->lock);
    return NULL;
}

static void on_finished(void *data, uint64_t count) {
    struct bench *s = data;
    (void) count;
    pw_main_loop_quit(s->loop);
}

/* One buffer; returns it to the stream (or, with --handoff, hands it to the consumer thread). */
static void on_buffer(struct bench *s, struct pw_buffer *b) {
    if (s->handoff_mode) {
        hand_off(s, b);
        return;
    }
    int64_t now = now_ns();
    int64_t stamp = -1;
    uint32_t samples = 0;
    const uint8_t *data = NULL;
    if (s->video) {
        stamp = header_pts(b->buffer);
        data = video_data(b->buffer);
        if (s->copy) {
            copy_out(s, b->buffer);
            data = s->copy_to;
        }
    } else if (b->buffer->n_datas > 0 && b->buffer->datas[0].chunk != NULL) {
        samples = b->buffer->datas[0].chunk->size / (s->channels * s->sample_bytes);
        if (samples > 0) {
            stamp = now - (int64_t) samples * 1000000000 / s->rate;
        }
    }
    hold(s, now, stamp, samples, data);
    if (s->done) {
        pw_main_loop_quit(s->loop);
    }
    pw_stream_queue_buffer(s->stream, b);
}

/* Drains every queued buffer, as the Java backend does: taking one per call can starve the source. */
static void on_process(void *data) {
    struct bench *s = data;
    struct pw_buffer *b;
    if (s->handoff_mode && !s->copy) {
        struct pw_buffer *back[64];
        size_t n;
        pthread_mutex_lock(&s->h.lock);
        n = s->h.n_returned;
        memcpy(back, s->h.returned, n * sizeof(back[0]));
        s->h.n_returned = 0;
        pthread_mutex_unlock(&s->h.lock);
        for (size_t i = 0; i < n; i++) {
            pw_stream_queue_buffer(s->stream, back[i]);
        }
    }
    while ((b = pw_stream_dequeue_buffer(s->stream)) != NULL) {
        on_buffer(s, b);
    }
}

static void on_param_changed(void *data, uint32_t id, const struct spa_pod *param) {
    struct bench *s = data;
    if (param == NULL || id != SPA_PARAM_Format) {
        return;
    }
    if (s->video) {
        struct spa_video_info_raw info;
        memset(&info, 0, sizeof(info));
        spa_format_video_raw_parse(param, &info);
        snprintf(s->negotiated, sizeof(s->negotiated), "video format %u %ux%u %u/%u", info.format,
                 info.size.width, info.size.height, info.framerate.num, info.framerate.denom);
        uint8_t buf[1024];
        struct spa_pod_builder b = SPA_POD_BUILDER_INIT(buf, sizeof(buf));
        const struct spa_pod *params[2];
        params[0] = spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_ParamBuffers, SPA_PARAM_Buffers,
                SPA_PARAM_BUFFERS_buffers, SPA_POD_CHOICE_RANGE_Int(8, 2, 16),
                SPA_PARAM_BUFFERS_dataType,
                SPA_POD_CHOICE_FLAGS_Int((1 << SPA_DATA_MemPtr) | (1 << SPA_DATA_MemFd)));
        params[1] = spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_ParamMeta, SPA_PARAM_Meta,
                SPA_PARAM_META_type, SPA_POD_Id(SPA_META_Header),
                SPA_PARAM_META_size, SPA_POD_Int(sizeof(struct spa_meta_header)));
        pw_stream_update_params(s->stream, params, 2);
    } else {
        struct spa_audio_info_raw info;
        memset(&info, 0, sizeof(info));
        spa_format_audio_raw_parse(param, &info);
        snprintf(s->negotiated, sizeof(s->negotiated), "audio format %u %u Hz %u ch", info.format, info.rate,
                 info.channels);
    }
}

static void on_state_changed(void *data, enum pw_stream_state old, enum pw_stream_state state, const char *error) {
    struct bench *s = data;
    (void) old;
    if (state == PW_STREAM_STATE_ERROR || (state == PW_STREAM_STATE_UNCONNECTED && !s->done)) {
        fprintf(stderr, "pw_latency: stream %s%s%s\n", pw_stream_state_as_string(state), error ? ": " : "",
                error ? error : "");
        pw_main_loop_quit(s->loop);
    }
}

static const struct pw_stream_events stream_events = {
    PW_VERSION_STREAM_EVENTS,
    .state_changed = on_state_changed,
    .param_changed = on_param_changed,
    .process = on_process,
};

static void on_timeout(void *data, uint64_t expirations) {
    struct bench *s = data;
    (void) expirations;
    fprintf(stderr, "pw_latency: timed out (%" PRIu64 " frames seen)\n", s->frames_seen);
    pw_main_loop_quit(s->loop);
}

static int video_format(const char *name, uint32_t *out) {
    static const struct { const char *name; uint32_t id; } formats[] = {
        {"UYVY", SPA_VIDEO_FORMAT_UYVY}, {"YUY2", SPA_VIDEO_FORMAT_YUY2}, {"RGB", SPA_VIDEO_FORMAT_RGB},
        {"BGR", SPA_VIDEO_FORMAT_BGR}, {"RGBA", SPA_VIDEO_FORMAT_RGBA}, {"RGBx", SPA_VIDEO_FORMAT_RGBx},
        {"I420", SPA_VIDEO_FORMAT_I420}, {"NV12", SPA_VIDEO_FORMAT_NV12},
    };
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        if (strcmp(formats[i].name, name) == 0) {
            *out = formats[i].id;
            return 0;
        }
    }
    return -1;
}

/* --until-stop: the caller ends the measurement (it runs next to another client, for as long as that one measures). */
static void on_stop_signal(void *data, int signal_number) {
    struct bench *s = data;
    (void) signal_number;
    s->stopped = 1;
    pw_main_loop_quit(s->loop);
}

static int compare(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

static int usage(const char *why) {
    fprintf(stderr, "pw_latency: %s\nusage: pw_latency --target NODE (--video FORMAT W H FPS | --audio F32|S16 RATE"
            " CHANNELS) [--warmup S] [--seconds S] [--until-stop] [--latency FRAMES] [--copy] [--handoff]\n", why);
    return 1;
}

static long parse_positive(const char *text, const char *what) {
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || v <= 0 || v > 100000) {
        fprintf(stderr, "pw_latency: bad %s '%s': a positive integer expected\n", what, text);
        exit(1);
    }
    return v;
}

int main(int argc, char *argv[]) {
    struct bench s;
    memset(&s, 0, sizeof(s));
    s.warmup_s = 2;
    s.measure_s = 10;
    const char *target = NULL;
    long latency_frames = 0;
    int kind_given = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--target") == 0 && i + 1 < argc) {
            target = argv[++i];
        } else if (strcmp(a, "--video") == 0 && i + 4 < argc) {
            s.video = 1;
            kind_given = 1;
            s.format_name = argv[++i];
            if (video_format(s.format_name, &s.spa_format) < 0) {
                return usage("unknown video format");
            }
            s.width = parse_positive(argv[++i], "width");
            s.height = parse_positive(argv[++i], "height");
            s.fps = parse_positive(argv[++i], "fps");
        } else if (strcmp(a, "--audio") == 0 && i + 3 < argc) {
            kind_given = 1;
            const char *f = argv[++i];
            s.format_name = f;
            if (strcmp(f, "F32") == 0) {
                s.spa_format = SPA_AUDIO_FORMAT_F32;
                s.sample_bytes = 4;
            } else if (strcmp(f, "S16") == 0) {
                s.spa_format = SPA_AUDIO_FORMAT_S16;
                s.sample_bytes = 2;
            } else {
                return usage("unknown audio format (F32 or S16)");
            }
            s.rate = parse_positive(argv[++i], "rate");
            s.channels = parse_positive(argv[++i], "channels");
        } else if (strcmp(a, "--warmup") == 0 && i + 1 < argc) {
            s.warmup_s = atof(argv[++i]);
        } else if (strcmp(a, "--seconds") == 0 && i + 1 < argc) {
            s.measure_s = atof(argv[++i]);
        } else if (strcmp(a, "--copy") == 0) {
            s.copy = 1;
        } else if (strcmp(a, "--handoff") == 0) {
            s.handoff_mode = 1;
        } else if (strcmp(a, "--until-stop") == 0) {
            s.until_stop = 1;
        } else if (strcmp(a, "--latency") == 0 && i + 1 < argc) {
            latency_frames = parse_positive(argv[++i], "latency");
        } else {
            return usage("bad argument");
        }
    }
    if (target == NULL || !kind_given) {
        return usage("--target and one of --video/--audio are required");
    }
    if (s.warmup_s < 0 || s.measure_s <= 0) {
        return usage("--warmup must be >= 0 and --seconds > 0");
    }
    if (s.handoff_mode && !s.video) {
        return usage("--handoff is for video");
    }

    pw_init(&argc, &argv);
    s.loop = pw_main_loop_new(NULL);
    if (s.loop == NULL) {
        fprintf(stderr, "pw_latency: pw_main_loop_new failed\n");
        return 2;
    }
    if (s.until_stop) {
        /* Before any other thread starts: the loop blocks the signals in this thread, and threads inherit that. */
        pw_loop_add_signal(pw_main_loop_get_loop(s.loop), SIGTERM, on_stop_signal, &s);
        pw_loop_add_signal(pw_main_loop_get_loop(s.loop), SIGINT, on_stop_signal, &s);
    }
    struct pw_properties *props = pw_properties_new(
            PW_KEY_MEDIA_TYPE, s.video ? "Video" : "Audio", PW_KEY_MEDIA_CATEGORY, "Capture",
            PW_KEY_NODE_NAME, "mediacapture-bench-native", PW_KEY_TARGET_OBJECT, target,
            "node.dont-reconnect", "true", NULL);
    if (s.video) {
        pw_properties_set(props, PW_KEY_MEDIA_ROLE, "Camera");
    } else {
        /* The Java backend asks for the constraint's latency (default 10 ms) the same way. */
        pw_properties_setf(props, PW_KEY_NODE_LATENCY, "%ld/%u", latency_frames > 0 ? latency_frames : (long) s.rate / 100,
                           s.rate);
    }
    s.stream = pw_stream_new_simple(pw_main_loop_get_loop(s.loop), "mediacapture-bench-native", props,
                                    &stream_events, &s);
    if (s.stream == NULL) {
        fprintf(stderr, "pw_latency: pw_stream_new_simple failed (is PIPEWIRE_RUNTIME_DIR set?)\n");
        return 2;
    }

    uint8_t buf[1024];
    struct spa_pod_builder b = SPA_POD_BUILDER_INIT(buf, sizeof(buf));
    const struct spa_pod *params[2];
    uint32_t n_params;
    if (s.video) {
        /* Exactly the requested rate first, then any rate: the same two offers as the Java backend. */
        params[0] = spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
                SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
                SPA_FORMAT_VIDEO_format, SPA_POD_Id(s.spa_format),
                SPA_FORMAT_VIDEO_size, SPA_POD_Rectangle(&SPA_RECTANGLE(s.width, s.height)),
                SPA_FORMAT_VIDEO_framerate, SPA_POD_Fraction(&SPA_FRACTION(s.fps, 1)));
        params[1] = spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
                SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
                SPA_FORMAT_VIDEO_format, SPA_POD_Id(s.spa_format),
                SPA_FORMAT_VIDEO_size, SPA_POD_Rectangle(&SPA_RECTANGLE(s.width, s.height)),
                SPA_FORMAT_VIDEO_framerate, SPA_POD_CHOICE_RANGE_Fraction(
                        &SPA_FRACTION(s.fps, 1), &SPA_FRACTION(0, 1), &SPA_FRACTION(1000, 1)));
        n_params = 2;
    } else {
        struct spa_audio_info_raw info = SPA_AUDIO_INFO_RAW_INIT(.format = s.spa_format, .rate = s.rate,
                                                                 .channels = s.channels);
        if (s.channels == 1) {
            info.position[0] = SPA_AUDIO_CHANNEL_MONO;
        } else if (s.channels == 2) {
            info.position[0] = SPA_AUDIO_CHANNEL_FL;
            info.position[1] = SPA_AUDIO_CHANNEL_FR;
        } else {
            info.flags |= SPA_AUDIO_FLAG_UNPOSITIONED;
        }
        params[0] = spa_format_audio_raw_build(&b, SPA_PARAM_EnumFormat, &info);
        n_params = 1;
    }
    int rc = pw_stream_connect(s.stream, PW_DIRECTION_INPUT, PW_ID_ANY,
                               PW_STREAM_FLAG_AUTOCONNECT | PW_STREAM_FLAG_MAP_BUFFERS | PW_STREAM_FLAG_DONT_RECONNECT,
                               params, n_params);
    if (rc < 0) {
        fprintf(stderr, "pw_latency: pw_stream_connect failed: %s\n", spa_strerror(rc));
        return 2;
    }
    struct spa_source *timer = pw_loop_add_timer(pw_main_loop_get_loop(s.loop), on_timeout, &s);
    struct timespec deadline = {.tv_sec = (time_t) (s.warmup_s + s.measure_s) + 20};
    pw_loop_update_timer(pw_main_loop_get_loop(s.loop), timer, &deadline, NULL, false);

    if (s.handoff_mode) {
        pthread_mutex_init(&s.h.lock, NULL);
        pthread_cond_init(&s.h.available, NULL);
        if (s.copy) {
            s.h.block_size = (size_t) s.width * s.height * 4; /* room for the largest format offered */
            for (int i = 0; i < HANDOFF_SLOTS; i++) {
                s.h.blocks[i] = malloc(s.h.block_size);
                s.h.block_free[i] = s.h.blocks[i] != NULL;
            }
        }
        s.h.finished = pw_loop_add_event(pw_main_loop_get_loop(s.loop), on_finished, &s);
        if (pthread_create(&s.h.consumer, NULL, consume, &s) != 0) {
            fprintf(stderr, "pw_latency: pthread_create failed\n");
            return 2;
        }
    }

    pw_main_loop_run(s.loop);

    if (s.handoff_mode) {
        pthread_mutex_lock(&s.h.lock);
        s.h.stop = 1;
        pthread_cond_signal(&s.h.available);
        pthread_mutex_unlock(&s.h.lock);
        pthread_join(s.h.consumer, NULL);
    }
    if (s.stopped && !s.done && s.measure_start_ns != 0) {
        s.cpu_ns = process_cpu_ns() - s.cpu_start_ns;
        s.measure_s = (now_ns() - s.measure_start_ns) / 1e9;
        s.done = 1;
    }
    pw_stream_destroy(s.stream);
    pw_main_loop_destroy(s.loop);
    pw_deinit();

    if (!s.done || s.count < 2) {
        fprintf(stderr, "pw_latency: only %zu frames measured (%" PRIu64 " seen); negotiated: %s\n", s.count,
                s.frames_seen, s.negotiated[0] ? s.negotiated : "nothing");
        return 2;
    }
    int64_t *sorted = malloc(s.count * sizeof(int64_t));
    if (sorted == NULL) {
        return 2;
    }
    memcpy(sorted, s.latencies, s.count * sizeof(int64_t));
    qsort(sorted, s.count, sizeof(int64_t), compare);
    printf("{\"client\":\"pw_latency.c\",\"format\":\"%s\",\"negotiated\":\"%s\",\"frames\":%zu,\"seconds\":%.3f,"
           "\"copy\":%s,\"handoff\":%s,\"dropped\":%" PRIu64 ",\"cpu_ns_per_frame\":%.1f,\"audio_samples_per_buffer\":%.1f,\"p50_ns\":%" PRId64 ",\"max_ns\":%" PRId64
           ",\"latency_ns\":[",
           s.format_name, s.negotiated, s.count, s.measure_s, s.copy ? "true" : "false", s.handoff_mode ? "true" : "false", s.h.dropped,
           (double) s.cpu_ns / s.count,
           s.video ? 0.0 : (double) s.audio_samples / s.count, sorted[s.count / 2], sorted[s.count - 1]);
    for (size_t i = 0; i < s.count; i++) {
        printf(i ? ",%" PRId64 : "%" PRId64, s.latencies[i]);
    }
    printf("],\"pts_ns\":[");
    for (size_t i = 0; i < s.count; i++) {
        printf(i ? ",%" PRId64 : "%" PRId64, s.stamps[i]);
    }
    printf("]}\n");
    free(sorted);
    free(s.latencies);
    free(s.stamps);
    free(s.copy_to);
    return 0;
}
