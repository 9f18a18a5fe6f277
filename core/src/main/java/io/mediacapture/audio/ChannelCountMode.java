package io.mediacapture.audio;

/** Web Audio {@code ChannelCountMode}: how a node's input channel count is computed. */
public enum ChannelCountMode {
    /** The most channels of any connection; {@code channelCount} is ignored. */
    MAX("max"),
    /** As {@link #MAX}, but at most {@code channelCount}. */
    CLAMPED_MAX("clamped-max"),
    /** Exactly {@code channelCount}. */
    EXPLICIT("explicit");

    private final String idl;

    ChannelCountMode(String idl) {
        this.idl = idl;
    }

    @Override
    public String toString() {
        return idl;
    }
}
