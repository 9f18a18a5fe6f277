package io.mediacapture;

import io.mediacapture.internal.Log;
import io.mediacapture.spi.BackendProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds backend providers with {@link ServiceLoader}: on the module path through {@code provides} clauses,
 * on the class path through {@code META-INF/services}. A provider that fails to load is skipped and logged.
 */
final class BackendRegistry {
    private static final System.Logger LOG = Log.get("backends");

    private BackendRegistry() {}

    /** Every provider found, highest priority first, then by name (the same order on the module and class path). */
    static List<BackendProvider> providers() {
        List<BackendProvider> found = new ArrayList<>();
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        load(ServiceLoader.load(BackendProvider.class, tccl != null ? tccl : BackendRegistry.class.getClassLoader()), found);
        if (BackendRegistry.class.getModule().isNamed()) {
            load(ServiceLoader.load(BackendRegistry.class.getModule().getLayer(), BackendProvider.class), found);
        }
        found.sort(Comparator.comparingInt(BackendProvider::priority).reversed().thenComparing(BackendProvider::name));
        return found;
    }

    private static void load(ServiceLoader<BackendProvider> loader, List<BackendProvider> into) {
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                BackendProvider p = it.next();
                if (into.stream().noneMatch(q -> q.getClass() == p.getClass())) {
                    into.add(p);
                }
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a backend provider that failed to load", e);
            }
        }
    }

    /**
     * For each device kind, the available provider of highest (non-negative) priority. The result lists each
     * chosen provider once.
     */
    static List<BackendProvider> bestPerKind(List<BackendProvider> providers) {
        List<BackendProvider> chosen = new ArrayList<>();
        for (MediaDeviceKind kind : List.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT)) {
            for (BackendProvider p : providers) {
                if (p.priority() >= 0 && p.kinds().contains(kind) && p.availability().isAvailable()) {
                    if (!chosen.contains(p)) {
                        chosen.add(p);
                    }
                    break;
                }
            }
        }
        return chosen;
    }
}
