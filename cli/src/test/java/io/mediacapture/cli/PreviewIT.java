package io.mediacapture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preview} on a real X server (Xvfb), checked from outside the JVM: ImageMagick's {@code import}
 * takes a screenshot of the preview window, found by its title, and its content must be the fake camera's frame --
 * the frame number read back from the code band, and the eight colour bars exactly where that frame
 * number puts them -- with the fps/latency overlay drawn in the bottom-left corner.
 */
class PreviewIT {
    private static final int W = 640;
    private static final int H = 480;
    /** The fake camera's bars, left to right before the per-frame shift: 100% colour bars. */
    private static final int[] BARS = {0xffffff, 0xffff00, 0x00ffff, 0x00ff00, 0xff00ff, 0xff0000, 0x0000ff, 0x000000};

    @TempDir
    Path dir;

    @Test
    void previewShowsTheCameraFrameWithAnOverlay() throws Exception {
        String xvfb = which("Xvfb");
        String importTool = which("import");
        if (xvfb == null || importTool == null) {
            String why = "needs Xvfb (package xvfb) and import (package imagemagick); missing: "
                    + (xvfb == null ? "Xvfb " : "") + (importTool == null ? "import" : "");
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Process server = new ProcessBuilder(xvfb, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        Process preview = null;
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine().trim();
            ProcessBuilder pb = new ProcessBuilder(JarRun.command("--backend", "fake", "preview", "--seconds", "20"));
            pb.environment().put("DISPLAY", display);
            pb.redirectError(dir.resolve("preview.err").toFile());
            preview = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> shown = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.contains("content at")) {
                            return line;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    return null;
                }
            });
            String line = shown.get(60, TimeUnit.SECONDS);
            assertTrue(line != null, "preview announced its window; stderr:\n" + Files.readString(dir.resolve("preview.err")));
            Matcher m = Pattern.compile("(\\d+)x(\\d+), content at \\((\\d+),(\\d+)\\) on screen, \\((\\d+),(\\d+)\\) in window \"(.+)\"\\.")
                    .matcher(line);
            assertTrue(m.find(), line);
            assertEquals(W, Integer.parseInt(m.group(1)));
            assertEquals(H, Integer.parseInt(m.group(2)));
            int x0 = Integer.parseInt(m.group(5));
            int y0 = Integer.parseInt(m.group(6));
            String title = m.group(7);
            Thread.sleep(1500); // let the overlay show its first measurement

            // The window itself, by its title: where the toolkit says it is on the screen may lag behind where
            // it is (seen on a fast machine), the window's own pixels do not. A screenshot may catch a repaint
            // half done: accept the first of a few that matches.
            List<String> failures = new ArrayList<>();
            for (int attempt = 0; attempt < 4; attempt++) {
                Path shot = dir.resolve("window" + attempt + ".png");
                Process imp = new ProcessBuilder(importTool, "-display", display, "-window", title, shot.toString())
                        .redirectErrorStream(true).start();
                String impOut = new String(imp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(imp.waitFor(30, TimeUnit.SECONDS) && imp.exitValue() == 0, "import worked: " + impOut);
                BufferedImage window = ImageIO.read(shot.toFile());
                String problem = window.getWidth() < x0 + W || window.getHeight() < y0 + H
                        ? "the window is " + window.getWidth() + "x" + window.getHeight() + ", too small for the picture at (" + x0 + "," + y0 + ")"
                        : compare(window.getSubimage(x0, y0, W, H));
                if (problem == null) {
                    System.out.println("preview screenshot " + shot + " shows the expected fake frame and overlay");
                    return;
                }
                failures.add(shot + ": " + problem);
                Thread.sleep(300);
            }
            fail("the preview did not show the expected frame (" + line + "):\n" + String.join("\n", failures));
        } finally {
            if (preview != null) {
                preview.destroy();
                preview.waitFor(10, TimeUnit.SECONDS);
                preview.destroyForcibly();
            }
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Null when the window content is the fake frame it claims to be, else what is wrong. */
    static String compare(BufferedImage img) {
        int band = Math.max(4, H / 40);
        long frameNumber = 0;
        for (int slot = 0; slot < 32; slot++) {
            int x = (int) ((slot * 2L + 1) * W / (2L * 96));
            frameNumber = frameNumber << 1 | (luma(img.getRGB(x, band / 2)) >= 128 ? 1 : 0);
        }
        int shift = (int) ((frameNumber * 4) % W);
        int barWidth = W / 8;
        int compared = 0;
        int wrong = 0;
        int overlayTop = H - PreviewWindow.OVERLAY_HEIGHT;
        for (int y = band + 4; y < overlayTop - 2; y += 3) {
            for (int x = 0; x < W; x++) {
                int pos = (x + shift) % W;
                int toEdge = Math.min(pos % barWidth, barWidth - pos % barWidth);
                if (toEdge <= 2) {
                    continue; // chroma is shared by two pixels, so edges may take the neighbour's colour
                }
                compared++;
                if (!close(img.getRGB(x, y), BARS[pos * 8 / W], 40)) {
                    wrong++;
                }
            }
        }
        if (wrong > compared / 100) {
            return wrong + " of " + compared + " pixels differ from frame " + frameNumber + "'s colour bars";
        }
        // The overlay: a darkened box with light text in the bottom-left corner.
        int light = 0;
        for (int y = overlayTop; y < H; y++) {
            for (int x = 0; x < 120; x++) {
                if (luma(img.getRGB(x, y)) > 200) {
                    light++;
                }
            }
        }
        boolean darkened = luma(img.getRGB(2, H - 2)) < 170 || luma(img.getRGB(2, overlayTop + 1)) < 170;
        if (light < 20 || !darkened) {
            return "no fps/latency overlay in the bottom-left corner (light pixels " + light + ", darkened " + darkened + ")";
        }
        return null;
    }

    private static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int s = 0; s <= 16; s += 8) {
            if (Math.abs((a >> s & 0xff) - (b >> s & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static String which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
