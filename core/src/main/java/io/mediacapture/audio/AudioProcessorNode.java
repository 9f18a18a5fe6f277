package io.mediacapture.audio;

import io.mediacapture.internal.Log;
import java.util.Objects;

/**
 * A node that hands each render quantum to Java code and outputs what that code leaves in the buffer (the
 * role of {@code AudioWorkletNode} with one input and one output). The buffer has the input's computed
 * channel count ("max" mode by default). Rendered every quantum, connected onwards or not. A processor that
 * throws outputs silence for that quantum; the throwable is logged.
 */
public final class AudioProcessorNode extends AudioNode {
    private static final System.Logger LOG = Log.get("audio");
    private final AudioProcessor processor;

    AudioProcessorNode(AudioContext context, AudioProcessor processor) {
        super(context, 1, 1, 2, ChannelCountMode.MAX, ChannelInterpretation.SPEAKERS);
        this.processor = Objects.requireNonNull(processor, "processor");
        context.pullAlways(this);
    }

    @Override
    void process(float[][][] inputs, float[][][] outputs, long quantum) {
        float[][] buffer = inputs[0];
        try {
            processor.process(buffer, quantum * (double) QUANTUM / context().sampleRate());
            outputs[0] = buffer;
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "audio processor " + processor + " failed", t);
            outputs[0] = silence(buffer.length);
        }
    }
}
