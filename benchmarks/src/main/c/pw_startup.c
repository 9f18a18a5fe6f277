/*
 * Native baseline for the startup benchmark: what an application written in C against libpipewire does to
 * list the capture devices and get a first camera frame, timed on CLOCK_MONOTONIC from its first PipeWire
 * call (pw_init), as StartupProbe times mediacapture-java from MediaDevices.system():
 *
 *   enumerate: connect, registry round trip (every global announced), then for each Video/Source and
 *              Audio/Source node an EnumFormat query, and a second round trip once they have all answered --
 *              what the Java backend waits for before its first device list;
 *   first frame: then a pw_stream on the camera node (target.object = NODE_NAME) with the given format, until
 *              its first buffer arrives in the process callback.
 *
 * Compiled at benchmark time by scripts/bench.sh:
 *
 *   cc -O2 -o pw_startup pw_startup.c $(pkg-config --cflags --libs libpipewire-0.3)
 *
 * Usage: pw_startup --target NODE_NAME --video FORMAT WIDTH HEIGHT FPS   (FORMAT: RGB, YUY2, I420, ...)
 * Prints {"enumerate_ms":..,"first_frame_ms":..,"capture_nodes":N}; exits 1 on bad arguments, 2 on failure or
 * when nothing arrives within 20 s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pipewire/pipewire.h>
#include <spa/param/video/format-utils.h>
#include <spa/pod/builder.h>
#include <spa/utils/result.h>

#define MAX_NODES 64

struct app {
    struct pw_main_loop *loop;
    struct pw_core *core;
    struct pw_registry *registry;
    struct spa_hook core_listener, registry_listener;
    struct pw_proxy *nodes[MAX_NODES];
    struct spa_hook node_listeners[MAX_NODES];
    int n_nodes;
    int sync_seq, phase;
    struct pw_stream *stream;
    struct spa_hook stream_listener;
    const char *target;
    uint32_t spa_format, width, height, fps;
    int64_t t0, enumerated, first_frame;
    int failed;
};

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void on_node_param(void *data, int seq, uint32_t id, uint32_t index, uint32_t next, const struct spa_pod *param) {
    (void) data; (void) seq; (void) id; (void) index; (void) next; (void) param;
}

static const struct pw_node_events node_events = {
    PW_VERSION_NODE_EVENTS,
    .param = on_node_param,
};

static void on_global(void *data, uint32_t id, uint32_t permissions, const char *type, uint32_t version,
                      const struct spa_dict *props) {
    struct app *a = data;
    (void) permissions; (void) version;
    if (strcmp(type, PW_TYPE_INTERFACE_Node) != 0 || props == NULL || a->n_nodes >= MAX_NODES) {
        return;
    }
    const char *cls = spa_dict_lookup(props, PW_KEY_MEDIA_CLASS);
    if (cls == NULL || (strcmp(cls, "Video/Source") != 0 && strcmp(cls, "Audio/Source") != 0)) {
        return;
    }
    struct pw_proxy *p = pw_registry_bind(a->registry, id, PW_TYPE_INTERFACE_Node, PW_VERSION_NODE, 0);
    if (p == NULL) {
        return;
    }
    int i = a->n_nodes++;
    a->nodes[i] = p;
    pw_node_add_listener((struct pw_node *) p, &a->node_listeners[i], &node_events, a);
    pw_node_enum_params((struct pw_node *) p, 0, SPA_PARAM_EnumFormat, 0, UINT32_MAX, NULL);
}

static const struct pw_registry_events registry_events = {
    PW_VERSION_REGISTRY_EVENTS,
    .global = on_global,
};

static void on_process(void *data) {
    struct app *a = data;
    struct pw_buffer *b = pw_stream_dequeue_buffer(a->stream);
    if (b == NULL) {
        return;
    }
    if (a->first_frame == 0 && b->buffer->n_datas > 0 && b->buffer->datas[0].data != NULL) {
        volatile uint8_t first = ((const uint8_t *) b->buffer->datas[0].data)[0]; /* hold it: read a byte */
        (void) first;
        a->first_frame = now_ns();
        pw_main_loop_quit(a->loop);
    }
    pw_stream_queue_buffer(a->stream, b);
}

static void on_state_changed(void *data, enum pw_stream_state old, enum pw_stream_state state, const char *error) {
    struct app *a = data;
    (void) old;
    if (state == PW_STREAM_STATE_ERROR) {
        fprintf(stderr, "pw_startup: stream error: %s\n", error ? error : "?");
        a->failed = 1;
        pw_main_loop_quit(a->loop);
    }
}

static const struct pw_stream_events stream_events = {
    PW_VERSION_STREAM_EVENTS,
    .state_changed = on_state_changed,
    .process = on_process,
};

static void open_stream(struct app *a) {
    struct pw_properties *props = pw_properties_new(PW_KEY_MEDIA_TYPE, "Video", PW_KEY_MEDIA_CATEGORY, "Capture",
            PW_KEY_MEDIA_ROLE, "Camera", PW_KEY_TARGET_OBJECT, a->target, "node.dont-reconnect", "true", NULL);
    /* On the connection already made, as the Java backend opens its streams on the core it enumerated with. */
    a->stream = pw_stream_new(a->core, "mediacapture-bench-startup", props);
    if (a->stream == NULL) {
        fprintf(stderr, "pw_startup: pw_stream_new failed\n");
        a->failed = 1;
        pw_main_loop_quit(a->loop);
        return;
    }
    pw_stream_add_listener(a->stream, &a->stream_listener, &stream_events, a);
    uint8_t buf[1024];
    struct spa_pod_builder b = SPA_POD_BUILDER_INIT(buf, sizeof(buf));
    const struct spa_pod *params[1];
    params[0] = spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
            SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
            SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
            SPA_FORMAT_VIDEO_format, SPA_POD_Id(a->spa_format),
            SPA_FORMAT_VIDEO_size, SPA_POD_Rectangle(&SPA_RECTANGLE(a->width, a->height)),
            SPA_FORMAT_VIDEO_framerate, SPA_POD_Fraction(&SPA_FRACTION(a->fps, 1)));
    int rc = pw_stream_connect(a->stream, PW_DIRECTION_INPUT, PW_ID_ANY,
            PW_STREAM_FLAG_AUTOCONNECT | PW_STREAM_FLAG_MAP_BUFFERS | PW_STREAM_FLAG_DONT_RECONNECT, params, 1);
    if (rc < 0) {
        fprintf(stderr, "pw_startup: pw_stream_connect failed: %s\n", spa_strerror(rc));
        a->failed = 1;
        pw_main_loop_quit(a->loop);
    }
}

static void on_core_done(void *data, uint32_t id, int seq) {
    struct app *a = data;
    if (id != PW_ID_CORE || seq != a->sync_seq) {
        return;
    }
    if (a->phase == 0) {
        /* Every global announced and every EnumFormat query sent: the second round trip sees them answered. */
        a->phase = 1;
        a->sync_seq = pw_core_sync(a->core, PW_ID_CORE, 0);
    } else if (a->phase == 1) {
        a->phase = 2;
        a->enumerated = now_ns();
        open_stream(a);
    }
}

static void on_core_error(void *data, uint32_t id, int seq, int res, const char *message) {
    struct app *a = data;
    (void) seq;
    fprintf(stderr, "pw_startup: error on object %u: %s (%s)\n", id, message, spa_strerror(res));
    if (id == PW_ID_CORE) {
        a->failed = 1;
        pw_main_loop_quit(a->loop);
    }
}

static const struct pw_core_events core_events = {
    PW_VERSION_CORE_EVENTS,
    .done = on_core_done,
    .error = on_core_error,
};

static void on_timeout(void *data, uint64_t expirations) {
    struct app *a = data;
    (void) expirations;
    fprintf(stderr, "pw_startup: nothing within 20 s (enumerated: %s)\n", a->enumerated ? "yes" : "no");
    a->failed = 1;
    pw_main_loop_quit(a->loop);
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

static int usage(const char *why) {
    fprintf(stderr, "pw_startup: %s\nusage: pw_startup --target NODE_NAME --video FORMAT WIDTH HEIGHT FPS\n", why);
    return 1;
}

int main(int argc, char *argv[]) {
    struct app a = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--target") == 0 && i + 1 < argc) {
            a.target = argv[++i];
        } else if (strcmp(argv[i], "--video") == 0 && i + 4 < argc) {
            if (video_format(argv[i + 1], &a.spa_format) < 0) {
                return usage("unknown video format");
            }
            a.width = (uint32_t) atoi(argv[i + 2]);
            a.height = (uint32_t) atoi(argv[i + 3]);
            a.fps = (uint32_t) atoi(argv[i + 4]);
            i += 4;
        } else {
            return usage("bad argument");
        }
    }
    if (a.target == NULL || a.width == 0 || a.height == 0 || a.fps == 0) {
        return usage("--target and --video are required");
    }

    a.t0 = now_ns();
    pw_init(&argc, &argv);
    a.loop = pw_main_loop_new(NULL);
    struct pw_context *context = a.loop ? pw_context_new(pw_main_loop_get_loop(a.loop), NULL, 0) : NULL;
    a.core = context ? pw_context_connect(context, NULL, 0) : NULL;
    if (a.core == NULL) {
        fprintf(stderr, "pw_startup: cannot connect to the PipeWire daemon (is PIPEWIRE_RUNTIME_DIR set?)\n");
        return 2;
    }
    pw_core_add_listener(a.core, &a.core_listener, &core_events, &a);
    a.registry = pw_core_get_registry(a.core, PW_VERSION_REGISTRY, 0);
    pw_registry_add_listener(a.registry, &a.registry_listener, &registry_events, &a);
    a.sync_seq = pw_core_sync(a.core, PW_ID_CORE, 0);
    struct spa_source *timer = pw_loop_add_timer(pw_main_loop_get_loop(a.loop), on_timeout, &a);
    struct timespec deadline = {.tv_sec = 20};
    pw_loop_update_timer(pw_main_loop_get_loop(a.loop), timer, &deadline, NULL, false);

    pw_main_loop_run(a.loop);

    if (a.failed || a.first_frame == 0) {
        return 2;
    }
    printf("{\"enumerate_ms\":%.3f,\"first_frame_ms\":%.3f,\"capture_nodes\":%d}\n", (a.enumerated - a.t0) / 1e6,
           (a.first_frame - a.t0) / 1e6, a.n_nodes);
    /* The process exits here; the daemon drops the connection with it (teardown is not what is measured). */
    return 0;
}
