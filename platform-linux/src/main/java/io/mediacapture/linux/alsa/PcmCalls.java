package io.mediacapture.linux.alsa;

import io.mediacapture.bindings.alsa.asoundlib_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import java.lang.foreign.MemorySegment;

/**
 * The OS seam of {@link AlsaSource}: the PCM calls a running capture makes, as libasound names them (negative
 * errno on failure), plus the {@code poll()} it waits in. {@link #of} is libasound on an open {@link AlsaPcm};
 * host unit tests give the capture scripted answers (an overrun, a suspend) that no real device produces on
 * demand.
 */
interface PcmCalls {
    String name();

    int pollDescriptorsCount();

    int pollDescriptors(MemorySegment pfds, int space);

    int pollDescriptorsRevents(MemorySegment pfds, int nfds, MemorySegment revents);

    /** {@code poll(2)} over the PCM's descriptors and the stop signal's. */
    int poll(MemorySegment fds, long nfds, int timeoutMillis);

    long availUpdate();

    long readi(MemorySegment buffer, long frames);

    int delay(MemorySegment delayp);

    int start();

    int prepare();

    int resume();

    int recover(int err, int silent);

    /** Closes the PCM; once. */
    void close();

    /** libasound on {@code pcm}, which the result owns from now on. */
    static PcmCalls of(AlsaPcm pcm) {
        return new PcmCalls() {
            @Override
            public String name() {
                return pcm.name();
            }

            @Override
            public int pollDescriptorsCount() {
                return asoundlib_h.snd_pcm_poll_descriptors_count(pcm.handle());
            }

            @Override
            public int pollDescriptors(MemorySegment pfds, int space) {
                return asoundlib_h.snd_pcm_poll_descriptors(pcm.handle(), pfds, space);
            }

            @Override
            public int pollDescriptorsRevents(MemorySegment pfds, int nfds, MemorySegment revents) {
                return asoundlib_h.snd_pcm_poll_descriptors_revents(pcm.handle(), pfds, nfds, revents);
            }

            @Override
            public int poll(MemorySegment fds, long nfds, int timeoutMillis) {
                return Syscalls.poll(fds, nfds, timeoutMillis);
            }

            @Override
            public long availUpdate() {
                return asoundlib_h.snd_pcm_avail_update(pcm.handle());
            }

            @Override
            public long readi(MemorySegment buffer, long frames) {
                return asoundlib_h.snd_pcm_readi(pcm.handle(), buffer, frames);
            }

            @Override
            public int delay(MemorySegment delayp) {
                return asoundlib_h.snd_pcm_delay(pcm.handle(), delayp);
            }

            @Override
            public int start() {
                return asoundlib_h.snd_pcm_start(pcm.handle());
            }

            @Override
            public int prepare() {
                return asoundlib_h.snd_pcm_prepare(pcm.handle());
            }

            @Override
            public int resume() {
                return asoundlib_h.snd_pcm_resume(pcm.handle());
            }

            @Override
            public int recover(int err, int silent) {
                return asoundlib_h.snd_pcm_recover(pcm.handle(), err, silent);
            }

            @Override
            public void close() {
                pcm.close();
            }
        };
    }
}
