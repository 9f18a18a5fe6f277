/**
 * The ALSA backend: microphones through libasound, for machines where no PipeWire daemon runs.
 * {@link io.mediacapture.linux.alsa.AlsaEnumerator} lists the capture PCMs (hardware devices of every card and
 * the configuration's name hints), {@link io.mediacapture.linux.alsa.AlsaPcm} probes and negotiates one,
 * {@link io.mediacapture.linux.alsa.AlsaSource} reads it non-blocking from core's pull thread (recovering
 * overruns and suspends) and {@link io.mediacapture.linux.alsa.AlsaWatcher} notices cards coming and going.
 */
package io.mediacapture.linux.alsa;
