package io.mediacapture.windows.wasapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.sdk.PROPVARIANT;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listing microphones: one unreadable endpoint is skipped, and formats come from the property store. */
class EndpointsTest {
    @Test
    void oneEndpointThatFailsHidesNoOther() {
        List<String> listed = Endpoints.eachReadable(4, i -> switch (i) {
            case 1 -> throw new ComException("IMMDevice::OpenPropertyStore", HResult.E_ACCESSDENIED);
            case 2 -> throw new IllegalStateException("endpoint 2 has no PKEY_AudioEngine_DeviceFormat");
            default -> "mic" + i;
        });
        assertEquals(List.of("mic0", "mic3"), listed);
        assertEquals(List.of(), Endpoints.eachReadable(0, i -> "never"));
    }

    @Test
    void theDeviceFormatIsReadFromItsBlobWithinTheBlobsSize() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment format = WaveFormat.extensible(a, AudioSampleFormat.F32, 44100, 2);
            MemorySegment pv = PROPVARIANT.allocate(a);
            PROPVARIANT.vt(pv, WasapiInterfaces.VT_BLOB);
            MemorySegment blob = PROPVARIANT.blob(pv);
            PROPVARIANT.blob.cbSize(blob, (int) format.byteSize());
            PROPVARIANT.blob.pBlobData(blob, format);
            WaveFormat w = WaveFormat.fromBlob(pv);
            assertEquals(44100, w.sampleRate());
            assertEquals(2, w.channels());
            PROPVARIANT.blob.cbSize(blob, 18);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv),
                    "an extensible format in a blob too short for its extension");
            PROPVARIANT.blob.cbSize(blob, 10);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv));
            PROPVARIANT.blob.pBlobData(blob, MemorySegment.NULL);
            PROPVARIANT.blob.cbSize(blob, 40);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv));
        }
    }
}
