package io.mediacapture.linux.alsa;

import static io.mediacapture.bindings.alsa.asoundlib_h.C_INT;
import static io.mediacapture.bindings.alsa.asoundlib_h.C_POINTER;

import io.mediacapture.bindings.alsa.asoundlib_h;
import io.mediacapture.bindings.alsa.inline.Alsa;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds ALSA capture PCMs, without opening them: the hardware capture devices of every card (a card/ctl
 * walk; each is offered as {@code plughw:CARD=<id>,DEV=<n>}, which converts to what the hardware lacks) and the
 * capture-capable PCMs the configuration advertises with name hints ({@code default}, {@code pipewire},
 * {@code pulse}, user-defined ones). Stateless and thread-safe.
 */
final class AlsaEnumerator {
    /** The most hints read from libasound's array; real configurations have a few dozen. */
    static final int MAX_HINTS = 4096;
    /** The longest string read from libasound, terminator included; real names and descriptions are far shorter. */
    static final int MAX_STRING_BYTES = 1 << 16;

    private AlsaEnumerator() {}

    /**
     * One PCM to offer.
     *
     * @param pcmName   what {@code snd_pcm_open} gets; also the device id (card ids are stable across re-plugs)
     * @param probeName what to probe the capabilities on (the raw {@code hw:} device for hardware)
     * @param label     card and PCM names, or the hint's description
     * @param groupId   per card for hardware, per PCM otherwise
     */
    record Candidate(String pcmName, String probeName, String label, String groupId, boolean systemDefault) {}

    /** The indices of the sound cards present now (those with a control device). */
    static List<Integer> cards() {
        List<Integer> cards = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment card = arena.allocate(C_INT);
            card.set(C_INT, 0, -1);
            while (asoundlib_h.snd_card_next(card) == 0 && card.get(C_INT, 0) >= 0) {
                cards.add(card.get(C_INT, 0));
            }
        }
        return cards;
    }

    /** Everything to offer: {@code default} first, then the other hinted PCMs, then hardware devices. */
    static List<Candidate> scan(System.Logger log) {
        List<Candidate> hinted = hinted(log);
        List<Candidate> hardware = new ArrayList<>();
        for (int card : cards()) {
            hardware.addAll(hardwareOf(card));
        }
        List<Candidate> all = new ArrayList<>(hinted.size() + hardware.size());
        hinted.stream().filter(Candidate::systemDefault).forEach(all::add);
        hinted.stream().filter(c -> !c.systemDefault()).forEach(all::add);
        all.addAll(hardware);
        return all;
    }

    /** The capture devices of one card, from its control interface. */
    static List<Candidate> hardwareOf(int card) {
        List<Candidate> out = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ctlOut = arena.allocate(C_POINTER);
            if (asoundlib_h.snd_ctl_open(ctlOut, arena.allocateFrom("hw:" + card), 0) < 0) {
                return out; // went away between the walk and here
            }
            MemorySegment ctl = ctlOut.get(ValueLayout.ADDRESS, 0);
            MemorySegment cardInfo = MemorySegment.NULL;
            MemorySegment pcmInfo = MemorySegment.NULL;
            try {
                MemorySegment p = arena.allocate(C_POINTER);
                Alsa.check("snd_ctl_card_info_malloc", asoundlib_h.snd_ctl_card_info_malloc(p));
                cardInfo = p.get(ValueLayout.ADDRESS, 0);
                Alsa.check("snd_pcm_info_malloc", asoundlib_h.snd_pcm_info_malloc(p));
                pcmInfo = p.get(ValueLayout.ADDRESS, 0);
                if (asoundlib_h.snd_ctl_card_info(ctl, cardInfo) < 0) {
                    return out;
                }
                String id = Alsa.string(bounded(asoundlib_h.snd_ctl_card_info_get_id(cardInfo)));
                String cardName = Alsa.string(bounded(asoundlib_h.snd_ctl_card_info_get_name(cardInfo)));
                MemorySegment dev = arena.allocate(C_INT);
                dev.set(C_INT, 0, -1);
                while (asoundlib_h.snd_ctl_pcm_next_device(ctl, dev) == 0 && dev.get(C_INT, 0) >= 0) {
                    int d = dev.get(C_INT, 0);
                    asoundlib_h.snd_pcm_info_set_device(pcmInfo, d);
                    asoundlib_h.snd_pcm_info_set_subdevice(pcmInfo, 0);
                    asoundlib_h.snd_pcm_info_set_stream(pcmInfo, asoundlib_h.SND_PCM_STREAM_CAPTURE());
                    if (asoundlib_h.snd_ctl_pcm_info(ctl, pcmInfo) < 0) {
                        continue; // playback only
                    }
                    String pcmName = Alsa.string(bounded(asoundlib_h.snd_pcm_info_get_name(pcmInfo)));
                    String device = "CARD=" + id + ",DEV=" + d;
                    out.add(new Candidate("plughw:" + device, "hw:" + device,
                            cardName + ": " + (pcmName == null || pcmName.isBlank() ? "PCM" : pcmName) + " (device " + d + ")",
                            "alsa-card:" + id, false));
                }
            } finally {
                if (!pcmInfo.equals(MemorySegment.NULL)) {
                    asoundlib_h.snd_pcm_info_free(pcmInfo);
                }
                if (!cardInfo.equals(MemorySegment.NULL)) {
                    asoundlib_h.snd_ctl_card_info_free(cardInfo);
                }
                asoundlib_h.snd_ctl_close(ctl);
            }
        }
        return out;
    }

    /**
     * PCMs from the configuration's name hints that can capture. Per-card PCMs ({@code CARD=...}) are left out:
     * the card walk offers each device once; so is {@code null}, which captures silence by definition.
     *
     * <p>libasound hands out a NULL-terminated array of hints of unknown length, and each hint's strings have
     * no length either. Nothing is read through a segment larger than what is read: the array is read one
     * pointer at a time through a segment that ends after that pointer, up to the NULL (at most
     * {@value #MAX_HINTS} hints); each string through a segment of at most {@value #MAX_STRING_BYTES} bytes
     * that must hold its terminator. A hint whose strings do not end within that bound is skipped, with a
     * WARNING naming its position.
     */
    static List<Candidate> hinted(System.Logger log) {
        List<Candidate> out = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hintsOut = arena.allocate(ValueLayout.ADDRESS);
            if (asoundlib_h.snd_device_name_hint(-1, arena.allocateFrom("pcm"), hintsOut) < 0) {
                return out;
            }
            MemorySegment hints = hintsOut.get(ValueLayout.ADDRESS, 0); // zero length: only a base address
            MemorySegment nameKey = arena.allocateFrom("NAME");
            MemorySegment descKey = arena.allocateFrom("DESC");
            MemorySegment ioKey = arena.allocateFrom("IOID");
            try {
                for (int i = 0; ; i++) {
                    MemorySegment hint = pointerAt(hints, i);
                    if (hint.equals(MemorySegment.NULL)) {
                        break;
                    }
                    if (i == MAX_HINTS) {
                        log.log(System.Logger.Level.WARNING, "libasound lists more than " + MAX_HINTS
                                + " PCM name hints; offering the first " + MAX_HINTS);
                        break;
                    }
                    Candidate c;
                    try {
                        c = candidate(hint, nameKey, descKey, ioKey);
                    } catch (IndexOutOfBoundsException e) {
                        int at = i;
                        log.log(System.Logger.Level.WARNING, () -> "skipping ALSA PCM name hint #" + at
                                + ": a string in it does not end within " + MAX_STRING_BYTES + " bytes");
                        continue;
                    }
                    if (c != null) {
                        out.add(c);
                    }
                }
            } finally {
                asoundlib_h.snd_device_name_free_hint(hints);
            }
        }
        return out;
    }

    /** The hint's capture PCM, or null when it is not one to offer. */
    private static Candidate candidate(MemorySegment hint, MemorySegment nameKey, MemorySegment descKey,
            MemorySegment ioKey) {
        String name = hintString(hint, nameKey);
        String desc = hintString(hint, descKey);
        String io = hintString(hint, ioKey);
        if (name == null || "Output".equals(io) || name.equals("null") || name.contains("CARD=")
                || name.startsWith("hw:") || name.startsWith("plughw:")) {
            return null;
        }
        String label = desc == null || desc.isBlank() ? name : String.join(" - ", desc.strip().split("\n"));
        return new Candidate(name, name, label, "alsa-pcm:" + name, name.equals("default"));
    }

    /** Pointer {@code index} of a pointer array, read through a segment that ends right after it. */
    static MemorySegment pointerAt(MemorySegment array, int index) {
        long size = ValueLayout.ADDRESS.byteSize();
        return array.reinterpret((index + 1) * size).getAtIndex(ValueLayout.ADDRESS, index);
    }

    /**
     * A hint's value for {@code key} (freed here), read through a segment of at most {@value #MAX_STRING_BYTES}
     * bytes; null when the hint has none. Throws IndexOutOfBoundsException when it does not end within that.
     */
    private static String hintString(MemorySegment hint, MemorySegment key) {
        return Alsa.takeString(bounded(asoundlib_h.snd_device_name_get_hint(hint, key)));
    }

    /**
     * A C string that libasound returned, as a segment of at most {@value #MAX_STRING_BYTES} bytes (jextract's
     * pointers span the whole address space); reading it stops at the terminator, or throws
     * IndexOutOfBoundsException when there is none within the bound.
     */
    private static MemorySegment bounded(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL) ? cString
                : MemorySegment.ofAddress(cString.address()).reinterpret(MAX_STRING_BYTES);
    }
}
