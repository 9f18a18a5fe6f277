package io.mediacapture.linux.alsa;

import io.mediacapture.MediaDevices;
import io.mediacapture.testing.Peers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * The audio contract on libasound's {@code pipewire} plugin (pipewire-alsa) while the PipeWire test rig runs
 * ({@code scripts/rigs/pipewire.sh}): a real sound server behind libasound, with a real clock. The PCM is
 * {@link AlsaTestConfig#PIPEWIRE_PCM}, a hinted {@code type pipewire} PCM bound to a fresh 440 Hz test
 * microphone node that each test adds through the rig, which keeps the tests apart (the rig's sources no
 * longer stall on re-links: see docs/test-rigs.md). Fails under CI=true when the rig is not up, else skips.
 */
class AlsaPipeWireContractTest extends AlsaAudioContract {
    private static String rig() {
        return System.getenv("MEDIACAPTURE_PW_RIG_SCRIPT");
    }

    @Override
    protected MediaDevices openDevices() throws Exception {
        Peers.require(rig() != null && System.getenv("PIPEWIRE_RUNTIME_DIR") != null,
                "the PipeWire test rig (MEDIACAPTURE_PW_RIG_SCRIPT/PIPEWIRE_RUNTIME_DIR not set; run "
                        + "eval \"$(scripts/rigs/pipewire.sh start)\" or ./build test)");
        AlsaTestConfig.install();
        freshNode();
        return MediaDevices.withBackends("alsa");
    }

    @Override
    protected void beforeReopen() throws Exception {
        freshNode();
    }

    @AfterEach
    void removeNode() throws Exception {
        if (rig() != null) {
            runRig(false, "remove-node", AlsaTestConfig.PIPEWIRE_NODE);
        }
    }

    private static void freshNode() throws Exception {
        runRig(false, "remove-node", AlsaTestConfig.PIPEWIRE_NODE);
        runRig(true, "add-node", AlsaTestConfig.PIPEWIRE_NODE, "audio", "ALSA test microphone");
    }

    private static void runRig(boolean mustWork, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = rig();
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("rig " + String.join(" ", args) + " did not finish in 30 s");
        }
        if (mustWork && p.exitValue() != 0) {
            throw new AssertionError("rig " + String.join(" ", args) + " failed: " + out);
        }
    }

    @Override
    protected String toneDeviceId() {
        return AlsaTestConfig.PIPEWIRE_PCM;
    }
}
