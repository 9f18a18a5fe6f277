/**
 * The V4L2 backend: cameras straight from the Linux kernel ({@code /dev/video*}), for machines where no
 * PipeWire daemon runs. Enumeration through {@code VIDIOC_ENUM_FMT/FRAMESIZES/FRAMEINTERVALS}, capture by
 * streaming I/O into mmap buffers that frames point into, hot-plug through inotify on {@code /dev}. Roles as in
 * the other backends: {@link io.mediacapture.linux.v4l2.V4l2Enumerator} lists what a node offers,
 * {@link io.mediacapture.linux.v4l2.V4l2Source} captures; every call on a node goes through the OS seam
 * {@link io.mediacapture.linux.v4l2.V4l2Calls}.
 */
package io.mediacapture.linux.v4l2;
