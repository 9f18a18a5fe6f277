// Generated-shape source: what jextract emits for the typedef in
//   jextract @bindings/jextract/alsa.args   (--include-typedef snd_pcm_channel_area_t)
package io.mediacapture.bindings.alsa;

/**
 * {@snippet lang=c :
 * typedef struct _snd_pcm_channel_area snd_pcm_channel_area_t
 * }
 */
public class snd_pcm_channel_area_t extends _snd_pcm_channel_area {

    snd_pcm_channel_area_t() {
        // static members only
    }
}
