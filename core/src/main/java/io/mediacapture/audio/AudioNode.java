package io.mediacapture.audio;

import io.mediacapture.DOMException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Web Audio {@code AudioNode}: a unit of the graph with inputs and outputs, connected with
 * {@link #connect}. Each render quantum (128 frames) the context pulls the graph: a node mixes each input's
 * connections to the input's computed channel count (by {@link #channelCountMode()} and
 * {@link #channelInterpretation()}, with the spec's up/down-mixing rules), processes, and keeps its outputs
 * for that quantum so a node feeding several others renders once. Cycles render as silence.
 *
 * <p>Thread-safe: graph changes take the context's graph lock, which the rendering thread holds while it
 * renders one quantum; they take effect from the next quantum.
 */
public abstract class AudioNode {
    static final int QUANTUM = AudioContext.RENDER_QUANTUM_SIZE;
    private static final int MAX_CHANNELS = 32;

    private final AudioContext context;
    private final int numberOfInputs;
    private final int numberOfOutputs;
    private final List<List<Connection>> inputs = new ArrayList<>();
    private final List<Connection> outgoing = new ArrayList<>();
    private int channelCount;
    private ChannelCountMode channelCountMode;
    private ChannelInterpretation channelInterpretation;
    // rendering state, used only on the rendering thread
    private long renderedQuantum = -1;
    private boolean rendering;
    private float[][][] outputs;

    private record Connection(AudioNode node, int output, int input) {
    }

    AudioNode(AudioContext context, int numberOfInputs, int numberOfOutputs, int channelCount,
              ChannelCountMode mode, ChannelInterpretation interpretation) {
        this.context = Objects.requireNonNull(context, "context");
        this.numberOfInputs = numberOfInputs;
        this.numberOfOutputs = numberOfOutputs;
        this.channelCount = channelCount;
        this.channelCountMode = mode;
        this.channelInterpretation = interpretation;
        for (int i = 0; i < numberOfInputs; i++) {
            inputs.add(new ArrayList<>());
        }
        this.outputs = new float[numberOfOutputs][][];
    }

    public final AudioContext context() {
        return context;
    }

    public final int numberOfInputs() {
        return numberOfInputs;
    }

    public final int numberOfOutputs() {
        return numberOfOutputs;
    }

    /** Channels used when mixing inputs (see {@link #channelCountMode()}). */
    public int channelCount() {
        synchronized (context.graphLock()) {
            return channelCount;
        }
    }

    /** @throws DOMException NotSupportedError for a count outside 1..32 (or what this node allows) */
    public void setChannelCount(int count) {
        if (count < 1 || count > MAX_CHANNELS) {
            throw new DOMException("channelCount must be 1.." + MAX_CHANNELS + ", got " + count, DOMException.NOT_SUPPORTED);
        }
        checkChannelCount(count);
        synchronized (context.graphLock()) {
            channelCount = count;
        }
    }

    public ChannelCountMode channelCountMode() {
        synchronized (context.graphLock()) {
            return channelCountMode;
        }
    }

    public void setChannelCountMode(ChannelCountMode mode) {
        Objects.requireNonNull(mode, "mode");
        checkChannelCountMode(mode);
        synchronized (context.graphLock()) {
            channelCountMode = mode;
        }
    }

    public ChannelInterpretation channelInterpretation() {
        synchronized (context.graphLock()) {
            return channelInterpretation;
        }
    }

    public void setChannelInterpretation(ChannelInterpretation interpretation) {
        Objects.requireNonNull(interpretation, "interpretation");
        synchronized (context.graphLock()) {
            channelInterpretation = interpretation;
        }
    }

    /** Node-specific limits on channelCount; throws as the spec says for that node. */
    void checkChannelCount(int count) {
    }

    void checkChannelCountMode(ChannelCountMode mode) {
    }

    /** Connects output 0 to input 0 of {@code destination}; returns {@code destination}. */
    public AudioNode connect(AudioNode destination) {
        return connect(destination, 0, 0);
    }

    /**
     * Connects an output of this node to an input of {@code destination}. Connecting twice has no effect.
     *
     * @throws DOMException InvalidAccessError when destination belongs to another context
     * @throws IndexOutOfBoundsException when the output or input does not exist (the spec's IndexSizeError)
     */
    public AudioNode connect(AudioNode destination, int output, int input) {
        Objects.requireNonNull(destination, "destination");
        if (destination.context != context) {
            throw new DOMException("the destination node belongs to another AudioContext", "InvalidAccessError");
        }
        if (output < 0 || output >= numberOfOutputs) {
            throw new IndexOutOfBoundsException("output " + output + " of a node with " + numberOfOutputs + " outputs");
        }
        if (input < 0 || input >= destination.numberOfInputs) {
            throw new IndexOutOfBoundsException("input " + input + " of a node with " + destination.numberOfInputs + " inputs");
        }
        synchronized (context.graphLock()) {
            Connection c = new Connection(this, output, input);
            List<Connection> in = destination.inputs.get(input);
            if (!in.contains(c)) {
                in.add(c);
                outgoing.add(new Connection(destination, output, input));
            }
        }
        return destination;
    }

    /** Removes every outgoing connection. */
    public void disconnect() {
        synchronized (context.graphLock()) {
            for (Connection c : outgoing) {
                c.node.inputs.get(c.input).removeIf(in -> in.node == this);
            }
            outgoing.clear();
        }
    }

    /**
     * Removes the connections from this node to {@code destination}.
     *
     * @throws DOMException InvalidAccessError when there is none (as the spec says)
     */
    public void disconnect(AudioNode destination) {
        Objects.requireNonNull(destination, "destination");
        synchronized (context.graphLock()) {
            if (!outgoing.removeIf(c -> c.node == destination)) {
                throw new DOMException("this node is not connected to " + destination, "InvalidAccessError");
            }
            for (List<Connection> in : destination.inputs) {
                in.removeIf(c -> c.node == this);
            }
        }
    }

    // ---- rendering (rendering thread, under the graph lock) --------------------------------------

    /** Output {@code index} for this quantum (rendering once per quantum). */
    final float[][] output(int index, long quantum) {
        render(quantum);
        float[][] out = outputs[index];
        return out == null ? silence(1) : out;
    }

    /** Renders this node for the quantum unless already done. */
    final void render(long quantum) {
        if (renderedQuantum == quantum) {
            return;
        }
        if (rendering) {
            return; // a cycle: this node's previous outputs (or silence) stand
        }
        rendering = true;
        try {
            float[][][] in = new float[numberOfInputs][][];
            for (int i = 0; i < numberOfInputs; i++) {
                in[i] = mixInput(inputs.get(i), quantum);
            }
            float[][][] out = new float[numberOfOutputs][][];
            process(in, out, quantum);
            outputs = out;
        } finally {
            rendering = false;
            renderedQuantum = quantum;
        }
    }

    private float[][] mixInput(List<Connection> connections, long quantum) {
        if (connections.isEmpty()) {
            return silence(channelCountMode == ChannelCountMode.EXPLICIT ? channelCount : 1);
        }
        float[][][] sources = new float[connections.size()][][];
        int max = 1;
        for (int i = 0; i < sources.length; i++) {
            Connection c = connections.get(i);
            sources[i] = c.node.output(c.output, quantum);
            max = Math.max(max, sources[i].length);
        }
        int channels = switch (channelCountMode) {
            case MAX -> max;
            case CLAMPED_MAX -> Math.min(max, channelCount);
            case EXPLICIT -> channelCount;
        };
        float[][] bus = silence(channels);
        for (float[][] s : sources) {
            ChannelMixer.mixInto(s, bus, QUANTUM, channelInterpretation);
        }
        return bus;
    }

    static float[][] silence(int channels) {
        return new float[channels][QUANTUM];
    }

    /**
     * Computes this quantum: {@code inputs[i]} is input i mixed to its computed channel count (fresh
     * arrays the node may modify); fill {@code outputs[o]} with {@code [channels][128]}.
     */
    abstract void process(float[][][] inputs, float[][][] outputs, long quantum);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + numberOfInputs + " in, " + numberOfOutputs + " out]";
    }
}
