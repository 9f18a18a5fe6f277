package io.mediacapture.bindings.turbojpeg;

import io.mediacapture.bindings.libc.AbiChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TurboJPEG bindings against turbojpeg.h (Debian libturbojpeg0-dev) through the C compiler: every constant, and
 * every bound function's prototype. {@code tjhandle} is {@code void *}; it is written so here, since the checker
 * tells pointers by their {@code *}.
 */
class TurboJpegAbiTest {
    private static final List<String> HEADERS = List.of("turbojpeg.h");

    private static AbiChecks.Fn fn(String prototype) {
        return new AbiChecks.Fn(turbojpeg_h.class, HEADERS, prototype);
    }

    @Test
    void constantsMatchTheHeader() {
        AbiChecks.assertConstants(HEADERS, List.of(), turbojpeg_h.class);
    }

    @Test
    void functionDescriptorsMatchThePrototypes() {
        AbiChecks.assertPrototypes(List.of(), List.of(
                fn("void *tjInitDecompress(void)"),
                fn("int tjDecompressHeader3(void *handle, const unsigned char *jpegBuf, unsigned long jpegSize,"
                        + " int *width, int *height, int *jpegSubsamp, int *jpegColorspace)"),
                fn("int tjDecompressToYUVPlanes(void *handle, const unsigned char *jpegBuf, unsigned long jpegSize,"
                        + " unsigned char **dstPlanes, int width, int *strides, int height, int flags)"),
                fn("int tjDestroy(void *handle)"),
                fn("char *tjGetErrorStr2(void *handle)"),
                fn("void *tjInitCompress(void)"),
                fn("int tjCompress2(void *handle, const unsigned char *srcBuf, int width, int pitch, int height,"
                        + " int pixelFormat, unsigned char **jpegBuf, unsigned long *jpegSize, int jpegSubsamp,"
                        + " int jpegQual, int flags)"),
                fn("int tjCompressFromYUVPlanes(void *handle, const unsigned char **srcPlanes, int width,"
                        + " const int *strides, int height, int subsamp, unsigned char **jpegBuf,"
                        + " unsigned long *jpegSize, int jpegQual, int flags)"),
                fn("unsigned long tjBufSize(int width, int height, int jpegSubsamp)")));
    }
}
