package org.spotspec.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Writes a JavaFX image as a PNG (8-bit RGBA, one IDAT chunk). JavaFX reads PNGs but does not
 * write them; the usual way, {@code SwingFXUtils} and {@code ImageIO}, would put AWT and Swing
 * (java.desktop, a tenth of the installed app) into the runtime for this one feature.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_SUB = 1;

    private PngEncoder() {
    }

    /** Writes {@code image} to {@code out}; does not close it. Safe off the FX thread for an image no scene shows. */
    public static void write(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (width <= 0 || height <= 0 || image.getPixelReader() == null) {
            throw new IOException("The image has no pixels to write");
        }
        var data = new DataOutputStream(out);
        data.write(SIGNATURE);
        writeChunk(data, "IHDR", header(width, height));
        writeChunk(data, "IDAT", pixels(image, width, height));
        writeChunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static byte[] header(int width, int height) throws IOException {
        var bytes = new ByteArrayOutputStream(13);
        var header = new DataOutputStream(bytes);
        header.writeInt(width);
        header.writeInt(height);
        header.writeByte(8);  // bits per channel
        header.writeByte(6);  // colour type: RGB with alpha
        header.writeByte(0);  // compression: deflate
        header.writeByte(0);  // filter method 0
        header.writeByte(0);  // no interlace
        return bytes.toByteArray();
    }

    /** The scanlines, each with the "Sub" filter (charts are mostly flat runs, which it makes zeros). */
    private static byte[] pixels(Image image, int width, int height) throws IOException {
        var argb = new int[width];
        var line = new byte[1 + width * 4];
        var bytes = new ByteArrayOutputStream(width * height / 4 + 64);
        var deflater = new Deflater(Deflater.BEST_SPEED);
        try (var zip = new DeflaterOutputStream(bytes, deflater)) {
            var reader = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                reader.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), argb, 0, width);
                line[0] = FILTER_SUB;
                int previous = 0;
                for (int x = 0; x < width; x++) {
                    int pixel = argb[x];
                    int i = 1 + x * 4;
                    line[i] = (byte) ((pixel >>> 16) - (previous >>> 16));
                    line[i + 1] = (byte) ((pixel >>> 8) - (previous >>> 8));
                    line[i + 2] = (byte) (pixel - previous);
                    line[i + 3] = (byte) ((pixel >>> 24) - (previous >>> 24));
                    previous = pixel;
                }
                zip.write(line);
            }
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static void writeChunk(DataOutputStream out, String type, byte[] body) throws IOException {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeInt(body.length);
        out.write(typeBytes);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
