package io.mediacapture.internal.photo;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.spi.PhotoEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** The built-in encoders: JPEG (quality 0.92, as browsers default to) and PNG, both through ImageIO. */
public final class ImageIoPhotoEncoder implements PhotoEncoder {
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    private static final float JPEG_QUALITY = 0.92f;

    private final String mimeType;

    private ImageIoPhotoEncoder(String mimeType) {
        this.mimeType = mimeType;
    }

    public static ImageIoPhotoEncoder jpeg() {
        return new ImageIoPhotoEncoder(JPEG);
    }

    public static ImageIoPhotoEncoder png() {
        return new ImageIoPhotoEncoder(PNG);
    }

    @Override
    public String mimeType() {
        return mimeType;
    }

    @Override
    public int priority() {
        return mimeType.equals(JPEG) ? 0 : -100;
    }

    @Override
    public byte[] encode(VideoFrame frame) throws IOException {
        BufferedImage image = VideoFrameImages.toBufferedImage(frame);
        if (image.getType() != BufferedImage.TYPE_INT_RGB && mimeType.equals(JPEG)) {
            // JPEG has no alpha: ImageIO's writer refuses ARGB images.
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        String format = mimeType.equals(JPEG) ? "jpeg" : "png";
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("ImageIO has no " + format + " writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (mimeType.equals(JPEG)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
