package io.mediacapture.audio;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Web Audio {@code MediaStreamAudioDestinationNode}: whatever reaches its input becomes an audio track
 * again. One input ("explicit", {@link #channelCount()} channels, default 2), no outputs; {@link #stream()}
 * holds one live audio track whose frames are the rendered quanta (f32, context rate, 128 frames each,
 * timestamped on the library clock). Its tracks can be cloned, processed and given constraints like a
 * microphone's; they end when the context closes.
 */
public final class MediaStreamAudioDestinationNode extends AudioNode {
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED;

    private final TrackAccess.TrackGenerator generator;
    private final MediaStream stream;

    MediaStreamAudioDestinationNode(AudioContext context) {
        super(context, 1, 0, 2, ChannelCountMode.EXPLICIT, ChannelInterpretation.SPEAKERS);
        int rate = Math.round(context.sampleRate());
        double latency = QUANTUM / (double) rate;
        AudioCapabilities caps = new AudioCapabilities(rate, rate, rate, 1, 2, Set.of(AudioSampleFormat.F32),
                latency, latency, List.of(false));
        DeviceDescriptor model = DeviceDescriptor.microphone("audio-destination-" + UUID.randomUUID(),
                "MediaStreamAudioDestinationNode", "", false, caps);
        generator = TrackAccess.get().newGenerator(model, () -> { });
        MediaStreamTrack track = generator.newTrack();
        // the solver prefers the fewest channels; the node's default is stereo
        if (track.getSettings().channelCount().orElse(2) != 2) {
            track.applyConstraints(MediaTrackConstraints.fromMap(Map.of("channelCount", 2)));
        }
        stream = new MediaStream(List.of(track));
        context.pullAlways(this);
        context.onClose(() -> generator.end(new IllegalStateException("the AudioContext was closed")));
    }

    /** The stream carrying this node's input as an audio track. */
    public MediaStream stream() {
        return stream;
    }

    @Override
    void process(float[][][] inputs, float[][][] outputs, long quantum) {
        if (!generator.hasTracks()) {
            return;
        }
        float[][] in = inputs[0];
        int channels = in.length;
        FrameBuffer buffer = FrameBuffer.allocate((long) QUANTUM * channels * AudioSampleFormat.F32.bytesPerSample());
        MemorySegment m = buffer.memory();
        long at = 0;
        for (int i = 0; i < QUANTUM; i++) {
            for (int c = 0; c < channels; c++, at += 4) {
                m.set(F32, at, in[c][i]);
            }
        }
        try (AudioData data = buffer.toAudioData(AudioSampleFormat.F32, context().sampleRate(), QUANTUM, channels,
                context().quantumTimeMicros(quantum))) {
            generator.deliver(data);
        }
    }
}
