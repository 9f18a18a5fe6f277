package io.mediacapture;

import java.util.Objects;
import java.util.Optional;

/**
 * What the samples of a {@link VideoFrame} mean (WebCodecs {@code VideoColorSpace}): colour primaries, transfer
 * characteristics, YCbCr matrix and whether the samples use the full 0..255 range. Each member may be unknown
 * (WebCodecs' null). The library's YUV to RGB conversions ({@link VideoFrameImages}, {@link VideoFrame#convertTo})
 * read the {@linkplain #matrix() matrix} and {@linkplain #fullRange() range}; where they are unknown they assume
 * what Chromium assumes for untagged camera frames: BT.601 below 720 rows, BT.709 from 720 rows, limited range.
 * Immutable.
 */
public final class VideoColorSpace {
    /** Nothing known: frames from devices that do not say (most raw YUV cameras). */
    public static final VideoColorSpace UNSPECIFIED = new VideoColorSpace(null, null, null, null);
    /**
     * Decoded JPEG (JFIF) samples, as Chromium tags them ({@code gfx::ColorSpace::CreateJpeg}): BT.709 primaries,
     * sRGB transfer, BT.601 matrix ({@code smpte170m}), full range. Motion-JPEG cameras' frames carry it.
     */
    public static final VideoColorSpace JPEG = new VideoColorSpace("bt709", "iec61966-2-1", "smpte170m", true);

    private final String primaries;
    private final String transfer;
    private final String matrix;
    private final Boolean fullRange;

    /**
     * @param primaries WebCodecs {@code VideoColorPrimaries} ("bt709", "bt470bg", "smpte170m", ...) or null
     * @param transfer  WebCodecs {@code VideoTransferCharacteristics} ("bt709", "iec61966-2-1", ...) or null
     * @param matrix    WebCodecs {@code VideoMatrixCoefficients} ("rgb", "bt709", "bt470bg", "smpte170m", ...) or null
     * @param fullRange whether the samples use the full range, or null when unknown
     */
    public VideoColorSpace(String primaries, String transfer, String matrix, Boolean fullRange) {
        this.primaries = primaries;
        this.transfer = transfer;
        this.matrix = matrix;
        this.fullRange = fullRange;
    }

    public Optional<String> primaries() {
        return Optional.ofNullable(primaries);
    }

    public Optional<String> transfer() {
        return Optional.ofNullable(transfer);
    }

    public Optional<String> matrix() {
        return Optional.ofNullable(matrix);
    }

    public Optional<Boolean> fullRange() {
        return Optional.ofNullable(fullRange);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VideoColorSpace c && Objects.equals(primaries, c.primaries)
                && Objects.equals(transfer, c.transfer) && Objects.equals(matrix, c.matrix)
                && Objects.equals(fullRange, c.fullRange);
    }

    @Override
    public int hashCode() {
        return Objects.hash(primaries, transfer, matrix, fullRange);
    }

    @Override
    public String toString() {
        return "VideoColorSpace[primaries=" + primaries + ", transfer=" + transfer + ", matrix=" + matrix
                + ", fullRange=" + fullRange + "]";
    }
}
