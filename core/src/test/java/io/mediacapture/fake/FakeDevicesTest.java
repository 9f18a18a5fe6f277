package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.DOMException;
import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeDevicesTest {

    @Test
    void defaultDevicesAreTheDocumentedOnesInOrder() {
        try (MediaDevices devices = MediaDevices.fake()) {
            List<MediaDeviceInfo> list = Await.result(devices.enumerateDevices());
            assertEquals(List.of("Fake Microphone", "Fake Camera", "Fake Back Camera"),
                    list.stream().map(MediaDeviceInfo::label).toList());
            assertEquals(List.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT, MediaDeviceKind.VIDEOINPUT),
                    list.stream().map(MediaDeviceInfo::kind).toList());
            assertEquals(list.get(0).groupId(), list.get(1).groupId(), "microphone and camera share a group");
            assertTrue(!list.get(2).groupId().equals(list.get(1).groupId()), "back camera has its own group");
            try (MediaDevices other = MediaDevices.fake()) {
                assertEquals(list.stream().map(MediaDeviceInfo::deviceId).toList(),
                        Await.result(other.enumerateDevices()).stream().map(MediaDeviceInfo::deviceId).toList(),
                        "ids are stable");
            }
        }
    }

    @Test
    void opensAtTheDocumentedDefaults() {
        try (MediaDevices devices = MediaDevices.fake()) {
            var stream = Await.result(devices.getUserMedia(Map.of("audio", true, "video", true)));
            var v = stream.getVideoTracks().get(0).getSettings();
            assertEquals(640, v.width().getAsLong());
            assertEquals(480, v.height().getAsLong());
            assertEquals(30.0, v.frameRate().getAsDouble(), 1e-9);
            var a = stream.getAudioTracks().get(0).getSettings();
            assertEquals(48000, a.sampleRate().getAsLong());
            assertEquals(1, a.channelCount().getAsLong());
            assertEquals("Fake Camera", stream.getVideoTracks().get(0).label());
            stream.getTracks().forEach(MediaStreamTrack::stop);
        }
    }

    @Test
    void sixtyFramesCarryIncreasingFrameNumbersAndTheirCaptureTime() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 120)) {
                long lastNumber = -1;
                for (int i = 0; i < 60; i++) {
                    try (VideoFrame f = (VideoFrame) p.read(Duration.ofSeconds(5))) {
                        assertNotNull(f, "frame " + i);
                        FakeFramePattern.Stamp stamp = FakeFramePattern.decode(f);
                        assertTrue(stamp.frameNumber() > lastNumber, "frame numbers increase: " + stamp);
                        assertEquals(f.timestamp(), stamp.timestamp(), "pixels carry the capture time");
                        lastNumber = stamp.frameNumber();
                    }
                }
                assertEquals(0, p.droppedFrames());
            } finally {
                track.stop();
            }
        }
    }

    @Test
    void oneSecondOfTheMicrophoneIsA440HzTone() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
            float[] second = new float[48000];
            int have = 0;
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 200)) {
                while (have < second.length) {
                    try (AudioData a = (AudioData) p.read(Duration.ofSeconds(5))) {
                        assertNotNull(a);
                        float[] block = new float[a.numberOfFrames()];
                        a.copyTo(block, 0);
                        int n = Math.min(block.length, second.length - have);
                        System.arraycopy(block, 0, second, have, n);
                        have += n;
                    }
                }
            } finally {
                track.stop();
            }
            assertEquals(440, Signals.dominantFrequency(second, have, 48000, 100, 4000, 10), 0.1);
            double rms = Signals.rms(second, have);
            assertTrue(rms > 0.15 && rms < 0.3, "tone at about 0.3 peak, rms " + rms);
        }
    }

    @Test
    void addingAndUnpluggingDevicesFiresDevicechange() throws Exception {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            Await.result(devices.enumerateDevices());
            LinkedBlockingQueue<DeviceChangeEvent> events = new LinkedBlockingQueue<>();
            devices.setOndevicechange(events::add);
            String id = fakes.add(FakeCamera.of("USB Camera", null,
                    List.of(VideoMode.of(1280, 720, NativeVideoFormat.I420, 30))));
            DeviceChangeEvent added = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(added, "devicechange on add");
            assertEquals(4, added.devices().size());
            assertEquals(List.of(id), added.userInsertedDevices().stream().map(MediaDeviceInfo::deviceId).toList());
            assertEquals(devices, added.target());
            fakes.unplug(id);
            DeviceChangeEvent removed = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(removed, "devicechange on unplug");
            assertEquals(3, removed.devices().size());
            assertTrue(removed.userInsertedDevices().isEmpty());
        }
    }

    @Test
    void busyDeviceIsNotReadable() {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            fakes.setBusy(fakes.idOf(FakeDevices.MICROPHONE), true);
            DOMException e = assertInstanceOf(DOMException.class, Await.failure(devices.getUserMedia(Map.of("audio", true))));
            assertEquals("NotReadableError", e.name());
            assertTrue(e.getMessage().contains("Fake Microphone"), e.getMessage());
            fakes.setBusy(fakes.idOf(FakeDevices.MICROPHONE), false);
            Await.result(devices.getUserMedia(Map.of("audio", true))).getTracks().forEach(MediaStreamTrack::stop);
        }
        assertThrows(IllegalArgumentException.class, () -> fakes.setBusy("nope", true));
    }

    @Test
    void unpluggingACapturedDeviceEndsItsTracksWithEnded() throws Exception {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            MediaStreamTrack clone = track.clone();
            LinkedBlockingQueue<String> ended = new LinkedBlockingQueue<>();
            track.setOnended(e -> ended.add("original"));
            clone.addEventListener("ended", e -> ended.add("clone"));
            fakes.unplug(fakes.idOf(FakeDevices.CAMERA));
            assertNotNull(ended.poll(5, TimeUnit.SECONDS));
            assertNotNull(ended.poll(5, TimeUnit.SECONDS));
            assertEquals(MediaStreamTrackState.ENDED, track.readyState());
            assertTrue(track.endedReason().orElseThrow().getMessage().contains("unplugged"));
            DOMException e = assertInstanceOf(DOMException.class,
                    Await.failure(devices.getUserMedia(Map.of("video", Map.of("facingMode", Map.of("exact", "user"))))));
            assertEquals("OverconstrainedError", e.name(), "the user-facing camera is gone");
        }
    }

    @Test
    void deniedPermissionIsNotAllowedAndOpensNothing() {
        try (MediaDevices devices = MediaDevices.fake()) {
            devices.setPermissionHandler(io.mediacapture.PermissionHandler.DENY);
            DOMException e = assertInstanceOf(DOMException.class, Await.failure(devices.getUserMedia(Map.of("video", true))));
            assertEquals("NotAllowedError", e.name());
        }
    }

    @Test
    void noCameraIsNotFound() {
        FakeDevices fakes = FakeDevices.empty();
        fakes.add(FakeMicrophone.of("Mic", 1000));
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            DOMException e = assertInstanceOf(DOMException.class, Await.failure(devices.getUserMedia(Map.of("video", true))));
            assertEquals("NotFoundError", e.name());
        }
    }

    @Test
    void disabledVideoTrackRendersBlackFrames() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            track.setEnabled(false);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
                MediaFrame f = p.read(Duration.ofSeconds(5));
                f.close();
                try (VideoFrame v = (VideoFrame) p.read(Duration.ofSeconds(5))) {
                    assertEquals(16, v.byteAt(0, 320, 240));
                    assertEquals(16, v.byteAt(0, 1, 1), "the code band is black too");
                }
            } finally {
                track.stop();
            }
        }
    }
}
