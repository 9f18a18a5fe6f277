package io.mediacapture;

/** IDL enum {@code MediaStreamTrackState}. */
public enum MediaStreamTrackState {
    LIVE("live"),
    ENDED("ended");

    private final String idl;

    MediaStreamTrackState(String idl) {
        this.idl = idl;
    }

    @Override
    public String toString() {
        return idl;
    }
}
