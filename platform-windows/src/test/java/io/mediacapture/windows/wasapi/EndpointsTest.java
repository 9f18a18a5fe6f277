package io.mediacapture.windows.wasapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
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
            MemorySegment pv = a.allocate(WasapiInterfaces.PROPVARIANT_SIZE, 8);
            pv.set(ValueLayout.JAVA_SHORT, 0, WasapiInterfaces.VT_BLOB);
            pv.set(ValueLayout.JAVA_INT, WasapiInterfaces.PROPVARIANT_BLOB_SIZE, (int) format.byteSize());
            pv.set(ValueLayout.ADDRESS, WasapiInterfaces.PROPVARIANT_BLOB_DATA, format);
            WaveFormat w = WaveFormat.fromBlob(pv);
            assertEquals(44100, w.sampleRate());
            assertEquals(2, w.channels());
            pv.set(ValueLayout.JAVA_INT, WasapiInterfaces.PROPVARIANT_BLOB_SIZE, 18);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv),
                    "an extensible format in a blob too short for its extension");
            pv.set(ValueLayout.JAVA_INT, WasapiInterfaces.PROPVARIANT_BLOB_SIZE, 10);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv));
            pv.set(ValueLayout.ADDRESS, WasapiInterfaces.PROPVARIANT_BLOB_DATA, MemorySegment.NULL);
            pv.set(ValueLayout.JAVA_INT, WasapiInterfaces.PROPVARIANT_BLOB_SIZE, 40);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.fromBlob(pv));
        }
    }
}
