package io.mediacapture.fake;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A configurable set of fake devices, for testing applications against the faults real devices have:
 * devices that appear and disappear (devicechange), devices in use by someone else (NotReadableError),
 * devices unplugged mid-capture (tracks fire {@code ended}). Changes take effect at once on every
 * {@link io.mediacapture.MediaDevices} built on this set. Thread-safe.
 *
 * <pre>{@code
 * FakeDevices fakes = FakeDevices.defaults();
 * try (MediaDevices devices = MediaDevices.fake(fakes)) {
 *     fakes.setBusy(fakes.idOf("Fake Camera"), true);   // getUserMedia now fails with NotReadableError
 *     fakes.add(FakeCamera.of("USB Camera", null, List.of(VideoMode.of(1280, 720, NativeVideoFormat.I420, 30))));
 *     fakes.unplug(fakes.idOf("Fake Microphone"));      // its tracks end
 * }
 * }</pre>
 */
public final class FakeDevices {
    /** Label of the default microphone. */
    public static final String MICROPHONE = "Fake Microphone";
    /** Label of the default front camera. */
    public static final String CAMERA = "Fake Camera";
    /** Label of the default back camera. */
    public static final String BACK_CAMERA = "Fake Back Camera";

    private final CopyOnWriteArrayList<FakeDevice> devices = new CopyOnWriteArrayList<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    // Camera control values by deviceId: state of the device, kept across opens as a real camera keeps it.
    private final ConcurrentHashMap<String, Map<ConstrainableProperty, Object>> controlValues = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<String>> controlListeners = new CopyOnWriteArrayList<>();

    private FakeDevices() {}

    /** No devices. */
    public static FakeDevices empty() {
        return new FakeDevices();
    }

    /**
     * The default devices, in this order: "Fake Microphone" (48 kHz, 1..2 channels, 440 Hz tone),
     * "Fake Camera" (user-facing; 640x480, 1280x720, 1920x1080 at up to 30 fps; same group as the
     * microphone), "Fake Back Camera" (environment-facing; 640x480 and 1280x720 at up to 60 fps).
     */
    public static FakeDevices defaults() {
        FakeDevices d = new FakeDevices();
        String group = stableId("group:default");
        d.devices.add(new FakeMicrophone(MICROPHONE, group, 8000, 48000, 2, 440));
        d.devices.add(new FakeCamera(CAMERA, group, "user", List.of(
                new VideoMode(640, 480, NativeVideoFormat.I420, 1, 30),
                new VideoMode(1280, 720, NativeVideoFormat.I420, 1, 30),
                new VideoMode(1920, 1080, NativeVideoFormat.I420, 1, 30)), FakeControl.frontCamera()));
        d.devices.add(new FakeCamera(BACK_CAMERA, stableId("group:" + BACK_CAMERA), "environment", List.of(
                new VideoMode(640, 480, NativeVideoFormat.I420, 1, 60),
                new VideoMode(1280, 720, NativeVideoFormat.I420, 1, 60)), FakeControl.backCamera()));
        return d;
    }

    /** The devices now, in order. */
    public List<FakeDevice> devices() {
        return List.copyOf(devices);
    }

    /** Adds a device (fires devicechange). @return its deviceId */
    public String add(FakeDevice device) {
        synchronized (devices) {
            if (find(device.deviceId()).isPresent()) {
                throw new IllegalArgumentException("a fake device '" + device.label() + "' already exists");
            }
            devices.add(device);
        }
        changed();
        return device.deviceId();
    }

    /**
     * Unplugs a device: it leaves the list (devicechange) and its open tracks end with an {@code ended}
     * event. @return false when no such device exists
     */
    public boolean unplug(String deviceId) {
        boolean removed;
        synchronized (devices) {
            removed = devices.removeIf(d -> d.deviceId().equals(deviceId));
        }
        controlValues.remove(deviceId);
        busy.remove(deviceId);
        if (removed) {
            changed();
        }
        return removed;
    }

    /** Same as {@link #unplug}. */
    public boolean remove(String deviceId) {
        return unplug(deviceId);
    }

    /**
     * Marks a device as in use by another application: opening it fails with NotReadableError (tracks
     * already open keep running).
     *
     * @throws IllegalArgumentException when no such device exists
     */
    public void setBusy(String deviceId, boolean isBusy) {
        if (find(deviceId).isEmpty()) {
            throw new IllegalArgumentException("no fake device with id " + deviceId);
        }
        if (isBusy) {
            busy.add(deviceId);
        } else {
            busy.remove(deviceId);
        }
    }

    public boolean isBusy(String deviceId) {
        return busy.contains(deviceId);
    }

    public Optional<FakeDevice> find(String deviceId) {
        for (FakeDevice d : devices) {
            if (d.deviceId().equals(deviceId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The deviceId of the device with this label.
     *
     * @throws IllegalArgumentException when there is none
     */
    public String idOf(String label) {
        List<String> labels = new ArrayList<>();
        for (FakeDevice d : devices) {
            if (d.label().equals(label)) {
                return d.deviceId();
            }
            labels.add(d.label());
        }
        throw new IllegalArgumentException("no fake device labelled '" + label + "'; there are " + labels);
    }

    /**
     * How many handles on the device are open now, by every {@link io.mediacapture.MediaDevices} built on this set:
     * 0 once every track on it has stopped. Lets a test check that an application (or the library) released the
     * camera, as a real camera's "in use" light would show.
     */
    public int openCount(String deviceId) {
        AtomicInteger n = open.get(deviceId);
        return n == null ? 0 : n.get();
    }

    /**
     * Counts one more open handle on the device (library use: the fake backend calls it for every handle it opens).
     *
     * @return closing it (once; later closes do nothing) counts the handle closed
     */
    public AutoCloseable opened(String deviceId) {
        AtomicInteger n = open.computeIfAbsent(deviceId, k -> new AtomicInteger());
        n.incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                n.decrementAndGet();
            }
        };
    }

    /**
     * The current values of a fake camera's controls, in the order of its {@link FakeCamera#controls()}.
     *
     * @throws IllegalArgumentException when no such camera exists
     */
    public Map<ConstrainableProperty, Object> controlValues(String deviceId) {
        synchronized (controlValues) {
            return Map.copyOf(values(camera(deviceId)));
        }
    }

    /**
     * Sets a control of a fake camera, as another program (or the camera's own automatics) would: open tracks
     * on it report the new value in {@code getSettings()}, and the picture changes with the next frame.
     *
     * @param value a Number for a range control, a String for a mode, a Boolean for a switch
     * @throws IllegalArgumentException when there is no such camera or control, or the value does not fit it
     */
    public void setControl(String deviceId, ConstrainableProperty property, Object value) {
        FakeCamera cam = camera(deviceId);
        FakeControl control = cam.controls().stream().filter(c -> c.property() == property).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fake camera '" + cam.label() + "' has no " + property));
        String problem = FakeControl.check(control.control(), value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        synchronized (controlValues) {
            values(cam).put(property, value instanceof Number n ? (Object) n.doubleValue() : value);
        }
        for (Consumer<String> l : controlListeners) {
            l.accept(deviceId);
        }
    }

    private FakeCamera camera(String deviceId) {
        if (find(deviceId).orElse(null) instanceof FakeCamera c) {
            return c;
        }
        throw new IllegalArgumentException("no fake camera with id " + deviceId);
    }

    // Guarded by controlValues.
    private Map<ConstrainableProperty, Object> values(FakeCamera cam) {
        return controlValues.computeIfAbsent(cam.deviceId(), id -> {
            Map<ConstrainableProperty, Object> m = new LinkedHashMap<>();
            for (FakeControl c : cam.controls()) {
                m.put(c.property(), c.initial() instanceof Number n ? (Object) n.doubleValue() : c.initial());
            }
            return m;
        });
    }

    /**
     * Registers a listener for control changes made through {@link #setControl} (library use: each fake camera
     * source listens); it receives the deviceId.
     *
     * @return closing it unregisters
     */
    public AutoCloseable onControlChange(Consumer<String> listener) {
        controlListeners.add(listener);
        return () -> controlListeners.remove(listener);
    }

    /**
     * Registers a listener for changes of the set (library use: each fake backend listens).
     *
     * @return closing it unregisters
     */
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    static String stableId(String s) {
        return UUID.nameUUIDFromBytes(("mediacapture-fake:" + s).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
