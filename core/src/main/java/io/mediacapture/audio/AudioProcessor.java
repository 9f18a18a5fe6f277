package io.mediacapture.audio;

/**
 * Java code run on each render quantum of an {@link AudioProcessorNode}, on the context's rendering
 * thread: it must not block (a late quantum is an audible glitch).
 */
@FunctionalInterface
public interface AudioProcessor {
    /**
     * @param channels     the input, {@code [channels][128]}; what is in it afterwards is the node's output
     * @param playbackTime the context time (seconds) of the quantum's first frame
     */
    void process(float[][] channels, double playbackTime);
}
