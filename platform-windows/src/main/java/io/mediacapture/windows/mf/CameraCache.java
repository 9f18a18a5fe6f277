package io.mediacapture.windows.mf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cameras probed so far, by symbolic link (compared without case: Windows hands out the same link in
 * upper and lower case). A hot-plug event or a lost stream forgets one camera, never all of them, so that a
 * microphone or another camera coming and going does not re-open every camera to probe it again.
 * Thread-safe.
 */
final class CameraCache {
    private final Map<String, MfCamera> byLink = new HashMap<>();

    private static String key(String symbolicLink) {
        return symbolicLink.toLowerCase(Locale.ROOT);
    }

    synchronized MfCamera get(String symbolicLink) {
        return byLink.get(key(symbolicLink));
    }

    synchronized void put(MfCamera camera) {
        byLink.put(key(camera.symbolicLink()), camera);
    }

    /** @return whether the camera was cached */
    synchronized boolean forget(String symbolicLink) {
        return byLink.remove(key(symbolicLink)) != null;
    }

    /** Keeps only the cameras still listed. */
    synchronized void retain(Collection<String> listed) {
        Set<String> keep = listed.stream().map(CameraCache::key).collect(Collectors.toSet());
        byLink.keySet().retainAll(keep);
    }

    synchronized void clear() {
        byLink.clear();
    }

    synchronized int size() {
        return byLink.size();
    }
}
