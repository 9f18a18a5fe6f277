/**
 * Swing components for media: {@link io.mediacapture.swing.VideoView} shows a stream's video, as
 * {@code <video srcObject=stream>} does in a page.
 */
package io.mediacapture.swing;
