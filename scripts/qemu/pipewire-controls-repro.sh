#!/bin/bash
# Minimal reproduction (docs/CONFORMANCE.md, PipeWire camera controls) of what PipeWire 0.3.65's V4L2 source
# node does with its controls, with PipeWire's own tools, on vivid in the QEMU guest:
#   scripts/qemu/run-in-guest.sh -- scripts/qemu/guest-pipewire.sh bash scripts/qemu/pipewire-controls-repro.sh
# set-param Props { brightness: N } reaches the driver (v4l2-ctl reads N back), but enum-params Props lists only
# device, deviceName and deviceFd before and after: the node reports no control values, and PropInfo's Int in
# the step choice is the control's default, not its value.
id=$(pw-cli ls Node | awk '$1 == "id" {gsub(",", "", $2); id = $2} /node.description = "vivid \(V4L2\)"/ {print id}')
echo "node $id"
echo "== enum-params Props (before)"; pw-cli enum-params "$id" Props
echo "== set-param Props { brightness: 60 }"; pw-cli set-param "$id" Props '{ brightness: 60 }'
sleep 1
echo "== v4l2-ctl -C brightness"; v4l2-ctl -d /dev/video0 -C brightness
echo "== enum-params Props (after)"; pw-cli enum-params "$id" Props
echo "== enum-params PropInfo (brightness)"; pw-cli enum-params "$id" PropInfo | grep -B2 -A12 -i '"Brightness"' | head -30
v4l2-ctl -d /dev/video0 -c brightness=128
