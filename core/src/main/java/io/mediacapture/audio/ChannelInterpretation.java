package io.mediacapture.audio;

/** Web Audio {@code ChannelInterpretation}: how channels are up- or down-mixed. */
public enum ChannelInterpretation {
    /** The spec's mixing rules for mono, stereo, quad and 5.1; other layouts mix as {@link #DISCRETE}. */
    SPEAKERS("speakers"),
    /** Channel i goes to channel i; missing channels are silent, extra ones dropped. */
    DISCRETE("discrete");

    private final String idl;

    ChannelInterpretation(String idl) {
        this.idl = idl;
    }

    @Override
    public String toString() {
        return idl;
    }
}
