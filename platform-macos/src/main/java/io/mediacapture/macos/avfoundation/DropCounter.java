package io.mediacapture.macos.avfoundation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the samples a source drops, by reason, and says so in the log without flooding it: the first drop
 * of each reason is logged, then the 10th, 100th, 1000th and so on, each time with the running count. A
 * camera dropping every frame therefore shows up at once, and keeps showing up. Thread-safe.
 */
final class DropCounter {
    private final String source;
    private final System.Logger log;
    private final System.Logger.Level level;
    private final Map<String, AtomicLong> byReason = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    /** Distinct reasons kept apart; further ones share one count, so a reason with a changing number cannot grow the map. */
    static final int MAX_REASONS = 32;
    static final String OTHER = "other reasons";

    private final String verb;

    DropCounter(String source, System.Logger log, System.Logger.Level level) {
        this(source, log, level, "dropped");
    }

    /** @param verb what happened to the samples counted, e.g. "dropped" */
    DropCounter(String source, System.Logger log, System.Logger.Level level, String verb) {
        this.source = source;
        this.log = log;
        this.level = level;
        this.verb = verb;
    }

    /**
     * Counts one dropped sample.
     *
     * @return whether this drop was logged
     */
    boolean drop(String reason) {
        total.incrementAndGet();
        String key = byReason.containsKey(reason) || byReason.size() < MAX_REASONS ? reason : OTHER;
        long n = byReason.computeIfAbsent(key, r -> new AtomicLong()).incrementAndGet();
        if (!isPowerOfTen(n)) {
            return false;
        }
        log.log(level, source + ": " + (n == 1 ? "1 sample " : n + " samples so far ") + verb + ": " + reason);
        return true;
    }

    long total() {
        return total.get();
    }

    long count(String reason) {
        AtomicLong n = byReason.get(reason);
        return n == null ? 0 : n.get();
    }

    static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }
}
