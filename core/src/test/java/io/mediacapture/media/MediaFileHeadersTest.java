package io.mediacapture.media;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file headers: every one must be refused by {@link MediaPlayer#load} with an {@link IOException} that names
 * the problem, never another exception, and never a file that loads and then fails to play.
 */
class MediaFileHeadersTest {
    @TempDir
    Path dir;

    private IOException refused(Path file) throws IOException {
        try (MediaPlayer player = new MediaPlayer()) {
            return assertThrows(IOException.class, () -> player.load(file));
        }
    }

    private Path y4mWithHeader(String header) throws IOException {
        byte[] frame = new byte[64 * 48 * 3 / 2];
        Path p = dir.resolve("hostile.y4m");
        Files.write(p, (header + "\nFRAME\n").getBytes(StandardCharsets.US_ASCII));
        Files.write(p, frame, java.nio.file.StandardOpenOption.APPEND);
        return p;
    }

    /** A WAV file with a fmt chunk of {@code fmtBytes} bytes (16 is a plain WAVEFORMAT) and some 16-bit samples. */
    private Path wav(int fmtBytes, int channels, int rate) throws IOException {
        int samples = 480;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmtBytes + 8 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(fmtBytes);
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * 2 * channels)
                .putShort((short) (2 * channels)).putShort((short) 16);
        b.put(fmt.array(), 0, Math.min(16, fmtBytes));
        for (int i = 16; i < fmtBytes; i++) {
            b.put((byte) 0);
        }
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
        Path p = dir.resolve("hostile.wav");
        Files.write(p, b.array());
        return p;
    }

    private static void names(IOException e, String what) {
        assertTrue(e.getMessage().contains(what), "the message names " + what + ": " + e.getMessage());
    }

    @Test
    void aY4mFrameRateWithoutNumbersIsRefused() throws IOException {
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 F: C420jpeg")), "F:");
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 F30 C420jpeg")), "F30");
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 Fx:1 C420jpeg")), "Fx:1");
    }

    @Test
    void aY4mFrameRateWithAZeroDenominatorIsRefusedAtLoad() throws IOException {
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 F30:0 C420jpeg")), "F30:0");
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 F0:1 C420jpeg")), "F0:1");
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H48 F1000000:1 C420jpeg")), "F1000000:1");
    }

    @Test
    void aY4mSizeThatIsNotANumberIsRefused() throws IOException {
        names(refused(y4mWithHeader("YUV4MPEG2 W H48 F30:1 C420jpeg")), "W");
        names(refused(y4mWithHeader("YUV4MPEG2 W64 H-48 F30:1 C420jpeg")), "H-48");
    }

    @Test
    void aWavFmtChunkShorterThan16BytesIsRefused() throws IOException {
        names(refused(wav(14, 1, 48_000)), "fmt chunk has 14 bytes");
        names(refused(wav(0, 1, 48_000)), "fmt chunk has 0 bytes");
    }

    @Test
    void aWavSampleRateOrChannelCountOutOfRangeIsRefused() throws IOException {
        names(refused(wav(16, 1, Integer.MAX_VALUE)), "2147483647 Hz");
        names(refused(wav(16, 1, -1)), "4294967295 Hz");
        names(refused(wav(16, 1, 10)), "10 Hz");
        names(refused(wav(16, 1000, 48_000)), "1000 channels");
    }

    @Test
    void ordinaryFilesStillLoad() throws IOException {
        try (MediaPlayer player = new MediaPlayer()) {
            player.load(y4mWithHeader("YUV4MPEG2 W64 H48 F30000:1001 Ip A1:1 C420jpeg"), wav(16, 2, 44_100));
        }
    }
}
