/**
 * The V4L2 backend: cameras straight from the Linux kernel ({@code /dev/video*}), for machines where no
 * PipeWire daemon runs. Enumeration through {@code VIDIOC_ENUM_FMT/FRAMESIZES/FRAMEINTERVALS}, capture by
 * streaming I/O into mmap buffers that frames point into, hot-plug through inotify on {@code /dev}.
 */
package io.mediacapture.linux.v4l2;
