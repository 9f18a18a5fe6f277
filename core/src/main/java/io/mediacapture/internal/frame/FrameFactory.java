package io.mediacapture.internal.frame;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import java.lang.invoke.MethodHandles;

/**
 * How frames get built without a public constructor: {@code io.mediacapture.spi.FrameBuffer}'s
 * {@code toVideoFrame}/{@code toAudioData} (the producers' way) and the library's converters come here, and the
 * implementation, which lives in {@link VideoFrame} (it calls the frames' package-private constructors), installs
 * itself when that class is initialised. Not exported: applications see frames only as consumers.
 *
 * <p>Why a door and not a constructor: the producers' entry is in the SPI package and the frames are in the API
 * package, and no package layout puts a frame's constructor within reach of the one without making it public in the
 * other. Like {@link FrameMemory}, it is typed and installed by the class it opens, not looked up by name.
 */
public abstract class FrameFactory {
    private static volatile FrameFactory instance;

    protected FrameFactory() {
    }

    /** Called once by {@link VideoFrame}'s static initialiser. */
    public static void install(FrameFactory factory) {
        if (instance != null) {
            throw new IllegalStateException("already installed");
        }
        instance = factory;
    }

    /**
     * A frame of {@code layout} over {@code memory}; takes over the caller's reference to it.
     *
     * @throws IllegalArgumentException when the memory is smaller than the layout's byte size
     */
    public static VideoFrame videoFrame(RefCountedMemory memory, VideoFrameLayout layout, long timestamp,
                                        long duration) {
        return get().newVideoFrame(memory, layout, timestamp, duration);
    }

    /**
     * Audio data over {@code memory}, samples tightly packed from offset 0; takes over the caller's reference to it.
     *
     * @throws IllegalArgumentException when the numbers are wrong or the samples do not fit in the memory
     */
    public static AudioData audioData(RefCountedMemory memory, AudioSampleFormat format, float sampleRate,
                                      int numberOfFrames, int numberOfChannels, long timestamp) {
        return get().newAudioData(memory, format, sampleRate, numberOfFrames, numberOfChannels, timestamp);
    }

    private static FrameFactory get() {
        FrameFactory f = instance;
        if (f == null) {
            try {
                MethodHandles.lookup().ensureInitialized(VideoFrame.class); // its static initialiser installs one
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot initialise " + VideoFrame.class, e);
            }
            f = instance;
            if (f == null) { // only while VideoFrame initialises, which builds no frame
                throw new IllegalStateException("the frame factory is not installed yet");
            }
        }
        return f;
    }

    protected abstract VideoFrame newVideoFrame(RefCountedMemory memory, VideoFrameLayout layout, long timestamp,
                                                long duration);

    protected abstract AudioData newAudioData(RefCountedMemory memory, AudioSampleFormat format, float sampleRate,
                                              int numberOfFrames, int numberOfChannels, long timestamp);
}
