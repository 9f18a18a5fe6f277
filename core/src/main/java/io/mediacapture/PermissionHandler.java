package io.mediacapture;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The application's say in getUserMedia, asked before any device is opened (the browser's permission
 * prompt). Completing with false rejects getUserMedia with NotAllowedError. Backends whose OS asks the
 * user itself (macOS) are asked after this handler allows.
 */
@FunctionalInterface
public interface PermissionHandler {
    /** Allows everything: the default. */
    PermissionHandler ALLOW = kinds -> CompletableFuture.completedFuture(true);
    /** Denies everything. */
    PermissionHandler DENY = kinds -> CompletableFuture.completedFuture(false);

    /** @param kinds the kinds of device the call would open */
    CompletionStage<Boolean> request(Set<MediaDeviceKind> kinds);
}
