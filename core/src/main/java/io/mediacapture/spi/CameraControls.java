package io.mediacapture.spi;

import io.mediacapture.ConstrainableProperty;
import java.util.Map;

/**
 * The live camera controls of an open source ({@link SourceHandle#controls()}): query, read, write, and hear
 * about changes made from outside (another program, the device itself). The controls are those of the
 * source's {@link DeviceDescriptor#controls()}; values are typed as {@link CameraControl} says.
 *
 * <p>Threading: core calls {@link #values()} and {@link #set} from its own threads, one at a time; the
 * backend calls the listener from any thread, and it never throws.
 */
public interface CameraControls {

    /** Current value of every control of the device. @throws BackendException when the device cannot be read */
    Map<ConstrainableProperty, Object> values() throws BackendException;

    /**
     * Sets controls, in the map's iteration order (core puts modes before the values they unlock, so that
     * {@code exposureMode: "manual"} comes before {@code exposureTime}).
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION when the device refuses a value, FAILED otherwise
     */
    void set(Map<ConstrainableProperty, Object> values) throws BackendException;

    /**
     * Registers the one listener to call after a control changed by other means than {@link #set} (or null to
     * remove it); core then re-reads {@link #values()}. Backends without change notification do nothing and
     * core reads the values whenever the settings are asked for.
     */
    default void onChange(Runnable listener) {
    }

    /** Whether {@link #onChange} delivers notifications (else core re-reads on every getSettings()). */
    default boolean notifiesChanges() {
        return false;
    }
}
