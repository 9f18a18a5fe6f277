#!/bin/sh
# PID 1 of the guest's initramfs (busybox sh; run-in-guest.sh packs it as /init).
# It only does what needs the initramfs: load the 9p stack, mount the host root read-only, the
# control and result shares, and the pseudo file systems, then hands over to guest-stage2.sh inside
# the chroot, where the host's own tools (bash, modprobe, java...) are available.
# Anything going wrong powers the guest off; the host script then reports the missing status.
PATH=/bin
export PATH

# No /dev/console is packed (making device nodes needs mknod rights the builder may lack):
# mount devtmpfs first, then point stdio at the console.
mkdir -p /dev /proc /sys /newroot /ctl
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1

die() {
  echo "qemu-guest: init: $*"
  echo o >/proc/sysrq-trigger
  sleep 30
}

mount -t proc proc /proc || die "cannot mount /proc"
mount -t sysfs sysfs /sys || die "cannot mount /sys"

# modules.order lists the .ko files in dependency order (computed on the host by modprobe).
while read -r ko; do
  insmod "/modules/$ko" || die "insmod $ko failed"
done </modules.order

# msize 512000 is the largest the 6.1 virtio transport takes; big messages matter for JVM start-up.
p9='trans=virtio,version=9p2000.L,msize=512000'
mount -t 9p -o "$p9,cache=none" qemuctl /ctl || die "cannot mount the control share"
# shellcheck source=/dev/null
. /ctl/config || die "cannot read /ctl/config"
# The host root is read-only for the whole run, so the guest may cache it freely.
mount -t 9p -o "$p9,ro,cache=loose" hostroot /newroot || die "cannot mount the host root"

r=/newroot
mount -t proc proc $r/proc || die "cannot mount proc in the new root"
mount -t sysfs sysfs $r/sys || die "cannot mount sysfs in the new root"
mount -t devtmpfs devtmpfs $r/dev || die "cannot mount devtmpfs in the new root"
# What udev would add: bash's process substitution needs /dev/fd.
ln -s /proc/self/fd $r/dev/fd
ln -s /proc/self/fd/0 $r/dev/stdin
ln -s /proc/self/fd/1 $r/dev/stdout
ln -s /proc/self/fd/2 $r/dev/stderr
mkdir -p $r/dev/pts $r/dev/shm
mount -t devpts -o gid=5,mode=620,ptmxmode=666 devpts $r/dev/pts
mount -t tmpfs -o mode=1777 tmpfs $r/dev/shm
mount -t tmpfs -o mode=755 tmpfs $r/run || die "cannot mount /run"
# /tmp is the host's /tmp (read-only over 9p) under a writable tmpfs layer, so a checkout or a class
# path under /tmp is visible in the guest and the guest's own temp files stay in its memory.
mkdir -p $r/run/qemu-guest $r/run/qemu-tmp
mount -t tmpfs -o mode=755 tmpfs $r/run/qemu-tmp || die "cannot mount the tmpfs for /tmp's upper layer"
mkdir -p $r/run/qemu-tmp/upper $r/run/qemu-tmp/work
chmod 1777 $r/run/qemu-tmp/upper
mount -t overlay -o "lowerdir=$r/tmp,upperdir=$r/run/qemu-tmp/upper,workdir=$r/run/qemu-tmp/work" overlay $r/tmp \
  || die "cannot mount the overlay on /tmp"
mount --move /ctl $r/run/qemu-guest || die "cannot move the control share"
if [ -n "$GUEST_OUT" ]; then
  # The directory exists on the host; under /run (the guest's own tmpfs) the mount point is created.
  mkdir -p "$r$GUEST_OUT" 2>/dev/null
  mount -t 9p -o "$p9,cache=none" qemuout "$r$GUEST_OUT" || die "cannot mount the result share at $GUEST_OUT"
fi

# Not exec'ed: if stage 2 cannot start or returns without powering off, PID 1 still powers off
# instead of panicking.
chroot $r /bin/bash /run/qemu-guest/stage2.sh
die "stage 2 ended without powering the guest off (status $?)"
