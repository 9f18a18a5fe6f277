package io.mediacapture.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JPEGs of the MJPEG decode benchmark, the same bytes for ours and the native baseline: a camera-like picture
 * (smooth gradients, edges, some sensor noise) encoded by the JDK at quality 85, deterministic.
 */
final class MjpegInputs {
    /** name -> width, height, luma samples per chroma sample horizontally and vertically. */
    static final List<String> NAMES = List.of("1280x720-420", "1920x1080-420", "1920x1080-422");

    private MjpegInputs() {}

    static byte[] jpeg(String name) {
        String[] p = name.split("[x-]");
        int w = Integer.parseInt(p[0]);
        int h = Integer.parseInt(p[1]);
        int hs = 2;
        int vs = p[2].equals("420") ? 2 : 1;
        return encode(picture(w, h), hs, vs);
    }

    /** Writes every input as NAME.jpg into {@code dir}; returns the paths in {@link #NAMES} order. */
    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        return NAMES.stream().map(n -> {
            try {
                return Files.write(dir.resolve(n + ".jpg"), jpeg(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        SplittableRandom noise = new SplittableRandom(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 40 + 180 * x / w;
                int g = 60 + 150 * y / h;
                int b = ((x / (w / 8)) + (y / (h / 6))) % 2 == 0 ? 200 : 70;
                int n = noise.nextInt(9) - 4;
                img.setRGB(x, y, clamp(r + n) << 16 | clamp(g + n) << 8 | clamp(b + n));
            }
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage img, int hs, int vs) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_jpeg_image_1.0";
            Element root = (Element) meta.getAsTree(format);
            NodeList specs = root.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                Element c = (Element) specs.item(i);
                c.setAttribute("HsamplingFactor", String.valueOf(i == 0 ? hs : 1));
                c.setAttribute("VsamplingFactor", String.valueOf(i == 0 ? vs : 1));
            }
            meta.setFromTree(format, root);
            writer.write(null, new IIOImage(img, null, meta), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
