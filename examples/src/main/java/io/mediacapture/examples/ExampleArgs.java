package io.mediacapture.examples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The examples' few command-line conventions: {@code --seconds N} to stop by themselves, the rest positional. */
final class ExampleArgs {
    private final List<String> positional = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private Duration seconds;

    ExampleArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--seconds needs a number");
                }
                seconds = Duration.ofMillis(Math.round(Double.parseDouble(args[++i]) * 1000));
            } else if (args[i].startsWith("--")) {
                flags.add(args[i]);
            } else {
                positional.add(args[i]);
            }
        }
    }

    /** How long to run: {@code --seconds N}, else {@code otherwise}. */
    Duration seconds(Duration otherwise) {
        return seconds == null ? otherwise : seconds;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Positional argument {@code i} as an int, or {@code otherwise} when absent. */
    int integer(int i, int otherwise) {
        return i < positional.size() ? Integer.parseInt(positional.get(i)) : otherwise;
    }

    String string(int i, String otherwise) {
        return i < positional.size() ? positional.get(i) : otherwise;
    }
}
