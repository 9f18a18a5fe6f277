package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.media.FourCc;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.spi.NativeVideoFormat;
import java.util.Optional;

/**
 * Which way one video sample buffer goes, decided per sample from what it carries rather than from the
 * format that was configured: the format can change under a running session (a virtual camera, a device
 * reconfigured by another app), and a sample of the "wrong" shape used to be dropped without a word. As in
 * Chromium's capture code, the subtype comes from the sample's own format description
 * ({@code CMFormatDescriptionGetMediaSubType}), and the presence of an image buffer decides between the
 * pixel-buffer path and the block-buffer path (virtual cameras and MJPEG deliver block buffers).
 *
 * @param kind   the path
 * @param format the frame format for the non-DROP paths, null for DROP
 * @param reason why the sample is dropped, for the log and the drop count; null otherwise
 */
record SampleRoute(Kind kind, NativeVideoFormat format, String reason) {
    enum Kind {
        /** A CVPixelBuffer of a raw format: locked and wrapped plane by plane. */
        PIXEL_BUFFER,
        /** Compressed (MJPEG) data in a CMBlockBuffer: handed to core to decode. */
        COMPRESSED,
        /** A raw format, tightly packed in a CMBlockBuffer (no pixel buffer): wrapped with the packed layout. */
        PACKED_BLOCK,
        /** Nothing this library can deliver. */
        DROP
    }

    static SampleRoute of(int subtype, boolean hasImageBuffer, boolean hasDataBuffer) {
        Optional<NativeVideoFormat> nf = PixelFormats.of(subtype);
        if (nf.isEmpty()) {
            return drop("format " + FourCc.toString(subtype) + " is not one this library can deliver");
        }
        NativeVideoFormat f = nf.get();
        if (hasImageBuffer) {
            return f.isCompressed() ? drop(FourCc.toString(subtype) + " sample with a pixel buffer instead of data")
                    : new SampleRoute(Kind.PIXEL_BUFFER, f, null);
        }
        if (hasDataBuffer) {
            return new SampleRoute(f.isCompressed() ? Kind.COMPRESSED : Kind.PACKED_BLOCK, f, null);
        }
        return drop("sample buffer with neither an image buffer nor a data buffer");
    }

    static SampleRoute drop(String reason) {
        return new SampleRoute(Kind.DROP, null, reason);
    }
}
