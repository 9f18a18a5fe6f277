package io.mediacapture;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The application's say in getUserMedia, asked before any device is opened (the browser's permission
 * prompt). Completing with false rejects getUserMedia with NotAllowedError. Backends whose OS asks the
 * user itself (macOS) are asked after this handler allows.
 *
 * <p>getUserMedia calls {@link #request(PermissionRequest)}, which by default asks {@link #request(Set)} with the
 * kinds alone. A handler that wants to know whether the call asks for pan-tilt-zoom control as well (the spec's
 * {@code {name: "camera", panTiltZoom: true}}) overrides it, or is made with {@link #of(Function)}. Allowing grants
 * everything asked for; there is no "camera yes, pan-tilt-zoom no" (docs/CONFORMANCE.md).
 */
@FunctionalInterface
public interface PermissionHandler {
    /** Allows everything: the default. */
    PermissionHandler ALLOW = kinds -> CompletableFuture.completedFuture(true);
    /** Denies everything. */
    PermissionHandler DENY = kinds -> CompletableFuture.completedFuture(false);

    /** @param kinds the kinds of device the call would open */
    CompletionStage<Boolean> request(Set<MediaDeviceKind> kinds);

    /**
     * What getUserMedia asks: the kinds and whether pan, tilt or zoom control is asked for. By default
     * {@code request(request.kinds())}.
     */
    default CompletionStage<Boolean> request(PermissionRequest request) {
        return request(request.kinds());
    }

    /**
     * A handler that sees the whole {@link PermissionRequest}; asked through {@link #request(Set)} it sees a request
     * without pan-tilt-zoom.
     */
    static PermissionHandler of(Function<? super PermissionRequest, ? extends CompletionStage<Boolean>> handler) {
        Objects.requireNonNull(handler, "handler");
        return new PermissionHandler() {
            @Override
            public CompletionStage<Boolean> request(Set<MediaDeviceKind> kinds) {
                return request(PermissionRequest.of(kinds));
            }

            @Override
            public CompletionStage<Boolean> request(PermissionRequest request) {
                return handler.apply(request);
            }
        };
    }
}
