package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.PW_VERSION_STREAM_EVENTS;

import io.mediacapture.bindings.pipewire.pw_stream_events;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Consumer;

/**
 * The {@code pw_stream_events} table a backend shares among its sources; {@code data} is the source key. Each
 * callback runs on the loop thread and goes to the source with that key; nothing escapes into PipeWire.
 */
final class PwStreamEvents {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");

    final MemorySegment table;

    private PwStreamEvents(MemorySegment table) {
        this.table = table;
    }

    static PwStreamEvents create(PipeWireBackend backend, Arena arena) {
        MemorySegment t = pw_stream_events.allocate(arena);
        pw_stream_events.version(t, PW_VERSION_STREAM_EVENTS());
        pw_stream_events.state_changed(t, pw_stream_events.state_changed.allocate((data, old, state, error) ->
                dispatch(backend, data, "state_changed", s -> s.onStateChanged(old, state, error)), arena));
        pw_stream_events.param_changed(t, pw_stream_events.param_changed.allocate((data, id, param) ->
                dispatch(backend, data, "param_changed", s -> s.onParamChanged(id, param)), arena));
        pw_stream_events.add_buffer(t, pw_stream_events.add_buffer.allocate((data, buffer) ->
                dispatch(backend, data, "add_buffer", s -> s.onAddBuffer(buffer)), arena));
        pw_stream_events.remove_buffer(t, pw_stream_events.remove_buffer.allocate((data, buffer) ->
                dispatch(backend, data, "remove_buffer", s -> s.onRemoveBuffer(buffer)), arena));
        // process: each source sets its own (see PipeWireSource.create())
        return new PwStreamEvents(t);
    }

    private static void dispatch(PipeWireBackend backend, MemorySegment data, String what,
                                 Consumer<PipeWireSource> action) {
        try {
            PipeWireSource s = backend.source(data.address());
            if (s != null) {
                action.accept(s);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "PipeWire stream " + what + " callback failed", t);
        }
    }
}
