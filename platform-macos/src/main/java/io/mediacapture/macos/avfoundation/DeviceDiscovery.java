package io.mediacapture.macos.avfoundation;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.macos.bindings.AudioStreamBasicDescription;
import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.VideoMode;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Lists cameras and microphones: {@code AVCaptureDeviceDiscoverySession} over the device types of the
 * running macOS version ({@link DeviceTypes}: built-in, external, Continuity and Desk View cameras;
 * microphones), falling back to
 * {@code devicesWithMediaType:} where discovery sessions do not exist. The deviceId is the device's
 * {@code uniqueID}, which AVFoundation keeps stable across re-plugs and reboots.
 *
 * <p>Call inside an autorelease pool; every method reads objects borrowed from AVFoundation.
 */
final class DeviceDiscovery {
    static final String DISCOVERY_SELECTOR = "discoverySessionWithDeviceTypes:mediaType:position:";

    private final AVCapture av;
    private final Objc objc;

    DeviceDiscovery(AVCapture av) {
        this.av = av;
        this.objc = av.objc;
    }

    MemorySegment mediaType(MediaDeviceKind kind) {
        return av.constant(kind == MediaDeviceKind.VIDEOINPUT ? "AVMediaTypeVideo" : "AVMediaTypeAudio");
    }

    /**
     * The AVCaptureDevice objects of a kind (borrowed). A discovery session is only asked with inputs checked
     * first (the class answers the selector, the media type and every device type constant exist, only this
     * macOS version's type names, at least one): {@code discoverySessionWithDeviceTypes:} has thrown in the
     * field, and an Objective-C exception cannot be caught here (see the objc package notes). When any check
     * fails, the older {@code devicesWithMediaType:} lists the devices instead.
     */
    List<MemorySegment> deviceObjects(MediaDeviceKind kind) {
        MemorySegment mediaType = mediaType(kind);
        if (mediaType.equals(MemorySegment.NULL)) {
            throw new ObjcException("AVFoundation's media type constant for " + kind + " is nil");
        }
        Optional<MemorySegment> discovery = objc.findClass("AVCaptureDeviceDiscoverySession")
                .filter(c -> objc.sendBool(c, "respondsToSelector:", objc.sel(DISCOVERY_SELECTOR)));
        List<MemorySegment> types = new ArrayList<>();
        for (String t : DeviceTypes.forVersion(kind, av.macosMajor())) {
            av.optionalConstant(t).filter(c -> !c.equals(MemorySegment.NULL)).ifPresent(types::add);
        }
        if (discovery.isEmpty() || types.isEmpty()) {
            return av.foundation.list(objc.sendId(objc.cls("AVCaptureDevice"), "devicesWithMediaType:", mediaType));
        }
        try (var typeArray = av.foundation.array(types)) {
            MemorySegment session = objc.sendId(discovery.get(), DISCOVERY_SELECTOR, typeArray.get(), mediaType, 0L);
            return session.equals(MemorySegment.NULL) ? List.of() : av.foundation.list(objc.sendId(session, "devices"));
        }
    }

    /** The devices of a kind, the system default first. Devices that cannot be described are skipped. */
    List<DeviceDescriptor> devices(MediaDeviceKind kind, System.Logger log) {
        String defaultId = uniqueId(objc.sendId(objc.cls("AVCaptureDevice"), "defaultDeviceWithMediaType:", mediaType(kind)));
        List<DeviceDescriptor> out = new ArrayList<>();
        for (MemorySegment d : deviceObjects(kind)) {
            String id = uniqueId(d);
            try {
                DeviceDescriptor desc = kind == MediaDeviceKind.VIDEOINPUT ? camera(d, id.equals(defaultId))
                        : microphone(d, id.equals(defaultId));
                if (desc.systemDefault()) {
                    out.addFirst(desc);
                } else {
                    out.add(desc);
                }
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.INFO, "skipping " + kind + " " + id + ": " + e.getMessage());
            }
        }
        return out;
    }

    String uniqueId(MemorySegment device) {
        return device.equals(MemorySegment.NULL) ? "" : av.foundation.toJava(objc.sendId(device, "uniqueID"));
    }

    private DeviceDescriptor camera(MemorySegment device, boolean isDefault) {
        List<VideoMode> modes = VideoModes.modes(formats(device));
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("no format in a pixel format this library can use");
        }
        return DeviceDescriptor.camera(uniqueId(device), label(device), groupId(device), isDefault,
                facing(objc.sendLong(device, "position")), modes).withControls(AvCameraControls.describe(objc, device));
    }

    private DeviceDescriptor microphone(MemorySegment device, boolean isDefault) {
        List<AudioFormats.Stream> streams = new ArrayList<>();
        for (MemorySegment f : av.foundation.list(objc.sendId(device, "formats"))) {
            MemorySegment asbd = av.media.streamBasicDescription(objc.sendId(f, "formatDescription"));
            if (!asbd.equals(MemorySegment.NULL)) {
                streams.add(new AudioFormats.Stream(AudioStreamBasicDescription.mSampleRate(asbd),
                        AudioStreamBasicDescription.mChannelsPerFrame(asbd)));
            }
        }
        return DeviceDescriptor.microphone(uniqueId(device), label(device), groupId(device), isDefault,
                AudioFormats.capabilities(streams));
    }

    /** The device's formats as plain values, in the order of its {@code formats} array. */
    List<DeviceFormat> formats(MemorySegment device) {
        List<DeviceFormat> out = new ArrayList<>();
        List<MemorySegment> objs = av.foundation.list(objc.sendId(device, "formats"));
        try (Arena a = Arena.ofConfined()) {
            for (int i = 0; i < objs.size(); i++) {
                MemorySegment desc = objc.sendId(objs.get(i), "formatDescription");
                int subtype = av.media.mediaSubType(desc);
                int[] wh = av.media.dimensions(a, desc);
                List<DeviceFormat.RateRange> ranges = new ArrayList<>();
                for (MemorySegment r : av.foundation.list(objc.sendId(objs.get(i), "videoSupportedFrameRateRanges"))) {
                    CMTime minDuration = CMTime.read(objc.sendStruct(CMTime.LAYOUT, a, r, "minFrameDuration"));
                    ranges.add(new DeviceFormat.RateRange(objc.sendDouble(r, "minFrameRate"),
                            objc.sendDouble(r, "maxFrameRate"), minDuration));
                }
                out.add(new DeviceFormat(i, subtype, wh[0], wh[1], ranges));
            }
        }
        return out;
    }

    /** The format objects of a device (borrowed), indexable by {@link DeviceFormat#index()}. */
    List<MemorySegment> formatObjects(MemorySegment device) {
        return av.foundation.list(objc.sendId(device, "formats"));
    }

    private String label(MemorySegment device) {
        String s = av.foundation.toJava(objc.sendId(device, "localizedName"));
        return s == null ? "" : s;
    }

    /**
     * AVFoundation does not say which camera and microphone belong to one product, so each device is its own
     * group (derived from its uniqueID, hashed so it reveals nothing).
     */
    private String groupId(MemorySegment device) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("avf-group:" + uniqueId(device))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AVCaptureDevicePosition: 1 back, 2 front, 0 unspecified (most Mac cameras). */
    static String facing(long position) {
        return position == 2 ? "user" : position == 1 ? "environment" : null;
    }
}
