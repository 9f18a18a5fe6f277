#!/usr/bin/env python3
"""Feeds a v4l2loopback device with one JPEG over and over, as a USB camera sends MJPEG: pixel format 'MJPG'.

    loopback-mjpeg-writer.py DEVICE JPEG WIDTH HEIGHT [FPS [FOURCC]]

GStreamer's v4l2sink cannot be the producer here: for image/jpeg caps it picks the 'JPEG' fourcc, which
PipeWire 0.3.65's V4L2 source lists as video/mjpg but cannot negotiate (its format filter maps video/mjpg back to
'MJPG' only; see docs/qemu-guest.md). This writer sets 'MJPG' (VIDIOC_S_FMT on the output side) and write()s
whole JPEGs, so that each capture buffer carries exactly one JPEG (bytesused = its size). It prints one line
"ready WIDTHxHEIGHT FOURCC" once the format is set, then writes at FPS (default 30) until killed. FOURCC (default
MJPG) can be JPEG, to reproduce what v4l2sink sets.
"""
import fcntl
import os
import struct
import sys
import time

VIDIOC_S_FMT = 0xC0D05605  # _IOWR('V', 5, struct v4l2_format), 208 bytes on 64-bit Linux
V4L2_BUF_TYPE_VIDEO_OUTPUT = 2
V4L2_FIELD_NONE = 1
# struct v4l2_format: u32 type, 4 bytes of padding (the union holds pointers), then struct v4l2_pix_format
# (12 u32: width, height, pixelformat, field, bytesperline, sizeimage, colorspace, priv, flags, ycbcr_enc,
# quantization, xfer_func) in a 200-byte union.
FORMAT = "<I4x12I152x"


def main():
    if len(sys.argv) not in (5, 6, 7):
        sys.exit(__doc__)
    device, path, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    fps = float(sys.argv[5]) if len(sys.argv) >= 6 else 30.0
    wanted = sys.argv[6] if len(sys.argv) == 7 else "MJPG"
    if wanted not in ("MJPG", "JPEG"):
        sys.exit(f"FOURCC must be MJPG or JPEG, got {wanted}")
    with open(path, "rb") as f:
        jpeg = f.read()
    if jpeg[:2] != b"\xff\xd8":
        sys.exit(f"{path} is not a JPEG")
    mjpg = struct.unpack("<I", wanted.encode("ascii"))[0]
    fd = os.open(device, os.O_RDWR)
    request = struct.pack(FORMAT, V4L2_BUF_TYPE_VIDEO_OUTPUT, width, height, mjpg, V4L2_FIELD_NONE, 0, len(jpeg),
                          0, 0, 0, 0, 0, 0)
    got = struct.unpack(FORMAT, fcntl.ioctl(fd, VIDIOC_S_FMT, request))
    fourcc = struct.pack("<I", got[3]).decode("ascii", "replace")
    if (got[1], got[2], got[3]) != (width, height, mjpg):
        sys.exit(f"{device} took {got[1]}x{got[2]} {fourcc}, not {width}x{height} {wanted}")
    print(f"ready {got[1]}x{got[2]} {fourcc}", flush=True)
    due = time.monotonic()
    while True:
        os.write(fd, jpeg)
        due += 1 / fps
        time.sleep(max(0.0, due - time.monotonic()))


if __name__ == "__main__":
    main()
