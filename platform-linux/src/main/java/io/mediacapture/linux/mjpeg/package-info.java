/** Motion-JPEG frames of the Linux backends: decoding with libjpeg-turbo off the device's thread. */
package io.mediacapture.linux.mjpeg;
