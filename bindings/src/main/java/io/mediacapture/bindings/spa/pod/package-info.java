/**
 * The SPA POD format (PipeWire's "plain old data" serialisation) written in Java: a value model
 * ({@link io.mediacapture.bindings.spa.pod.SpaPod} and its records), a builder that produces the same bytes as
 * the C {@code spa_pod_builder}, and a parser that reads untrusted pods with strict bounds checks and reports
 * malformed input as {@link io.mediacapture.bindings.spa.pod.SpaPodException}.
 *
 * <p>Pods use the native byte order (little-endian on the supported x86_64 and aarch64 Linux).
 */
package io.mediacapture.bindings.spa.pod;
