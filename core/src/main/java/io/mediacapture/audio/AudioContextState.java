package io.mediacapture.audio;

/** Web Audio {@code AudioContextState} (this implementation does not suspend). */
public enum AudioContextState {
    RUNNING("running"),
    CLOSED("closed");

    private final String idl;

    AudioContextState(String idl) {
        this.idl = idl;
    }

    @Override
    public String toString() {
        return idl;
    }
}
