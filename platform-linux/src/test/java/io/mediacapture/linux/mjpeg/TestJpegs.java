package io.mediacapture.linux.mjpeg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JPEGs made for the tests with the JDK's encoder: colour blocks, any chroma subsampling, crafted damage. */
final class TestJpegs {
    /** Colour of block (bx, by): saturated colours and greys, so that both matrix and range errors show. */
    static final int[] COLOURS = {0xC03020, 0x20A040, 0x3050C0, 0xE0E0E0, 0x404040, 0xD0C030, 0x808080, 0x10E0E0};
    static final int BLOCK = 32;

    private TestJpegs() {
    }

    static int colourAt(int x, int y) {
        return COLOURS[(x / BLOCK + 3 * (y / BLOCK)) % COLOURS.length];
    }

    static BufferedImage blocks(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, colourAt(x, y));
            }
        }
        return img;
    }

    /**
     * A baseline JPEG of {@code img} whose luma has {@code h}x{@code v} samples per chroma sample (2x2: 4:2:0,
     * 2x1: 4:2:2, 1x1: 4:4:4).
     */
    static byte[] encode(BufferedImage img, int h, int v) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.95f);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
            String format = "javax_imageio_jpeg_image_1.0";
            Element root = (Element) meta.getAsTree(format);
            NodeList specs = root.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                Element c = (Element) specs.item(i);
                c.setAttribute("HsamplingFactor", String.valueOf(i == 0 ? h : 1));
                c.setAttribute("VsamplingFactor", String.valueOf(i == 0 ? v : 1));
            }
            meta.setFromTree(format, root);
            writer.write(null, new IIOImage(img, null, meta), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** {@code jpeg} with the frame size in its SOF0 header replaced (nothing else changes). */
    static byte[] declaring(byte[] jpeg, int width, int height) {
        byte[] d = jpeg.clone();
        int at = 2;
        while (at + 4 < d.length) {
            int marker = d[at + 1] & 0xFF;
            int length = (d[at + 2] & 0xFF) << 8 | (d[at + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                d[at + 5] = (byte) (height >> 8);
                d[at + 6] = (byte) height;
                d[at + 7] = (byte) (width >> 8);
                d[at + 8] = (byte) width;
                return d;
            }
            at += 2 + length;
        }
        throw new IllegalArgumentException("no SOF marker");
    }

    /** The offset of the first SOS marker (where the entropy-coded data starts, after its header). */
    static int scanStart(byte[] jpeg) {
        int at = 2;
        while (at + 4 < jpeg.length) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA) {
                return at + 2 + length;
            }
            at += 2 + length;
        }
        throw new IllegalArgumentException("no SOS marker");
    }
}
