package io.mediacapture.linux.photo;

/** For tests in other packages (the child JVM of LibraryLoadingTest): what the TurboJPEG photo encoder has done. */
public final class PhotoEncoderProbe {
    private PhotoEncoderProbe() {}

    /** Photos libjpeg-turbo has encoded in this JVM. */
    public static long turboJpegPhotos() {
        return TurboJpegPhotoEncoder.encodedCount();
    }
}
