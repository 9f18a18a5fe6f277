package io.mediacapture;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * The File API's {@code Blob}, as far as {@link ImageCapture#takePhoto()} needs it: immutable bytes with a MIME
 * type.
 */
public final class Blob {
    private final byte[] bytes;
    private final String type;

    /** @param type the MIME type, such as "image/jpeg" ("" when unknown) */
    public Blob(byte[] bytes, String type) {
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The MIME type: "image/jpeg", "image/png"... */
    public String type() {
        return type;
    }

    /** The length in bytes. */
    public long size() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** A stream over the bytes. */
    public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return "Blob[" + type + ", " + bytes.length + " bytes]";
    }
}
