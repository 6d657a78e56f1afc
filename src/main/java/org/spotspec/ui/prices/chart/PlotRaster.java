package org.spotspec.ui.prices.chart;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The plot area as opaque pixels: background, grid lines and every series, handed to the canvas
 * with one {@code setPixels}, which copies them into the canvas's command stream (so the render
 * thread never reads an array the FX thread is writing). A step chart is made of horizontal and
 * vertical runs only, so setting pixels draws it exactly; stroking it as anti-aliased paths made
 * the render thread sort the edge crossings of every vertical, for every scan line, every frame.
 */
final class PlotRaster {
    private final ImageView view = new ImageView();
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;

    /** The node that shows the plot's pixels; the owner places it at the plot's corner. */
    ImageView view() {
        return view;
    }

    void begin(int w, int h, Color background) {
        w = Math.max(1, w);
        h = Math.max(1, h);
        if (buffer == null || w != width || h != height) {
            width = w;
            height = h;
            var ints = IntBuffer.allocate(width * height);
            pixels = ints.array();
            buffer = new PixelBuffer<>(width, height, ints, PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        Arrays.fill(pixels, argb(background));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Sets the pixels of columns x0..x1 and rows y0..y1 (inclusive), clipped to the plot. */
    void fill(int x0, int x1, int y0, int y1, int color) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width - 1, x1);
        int ya = Math.max(0, Math.min(y0, y1));
        int yb = Math.min(height - 1, Math.max(y0, y1));
        if (xb - xa < 8) { // a series' vertical run: a call per row would cost more than the pixels
            for (int y = ya; y <= yb; y++) {
                for (int i = y * width + xa, end = y * width + xb; i <= end; i++) {
                    pixels[i] = color;
                }
            }
            return;
        }
        for (int y = ya; y <= yb; y++) {
            Arrays.fill(pixels, y * width + xa, y * width + xb + 1, color);
        }
    }

    /** A row for plot coordinate y, clamped to just outside the plot so far-off prices stay cheap. */
    int row(double y) {
        return (int) Math.max(-2, Math.min(height + 1, Math.floor(y)));
    }

    /** Shows the new pixels: the image uploads them from the same array, no copy per frame. */
    void flush() {
        buffer.updateBuffer(b -> null);
    }
}
