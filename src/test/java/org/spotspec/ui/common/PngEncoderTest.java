package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PNGs the chart export writes decode, with a standard decoder, to exactly the image's pixels. */
@ExtendWith(QuickApplicationExtension.class)
class PngEncoderTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: images need it, no window is shown.
    }

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("noise with every alpha", 37, 23, 1L, true),
                Arguments.of("opaque noise", 64, 5, 2L, false),
                Arguments.of("one pixel", 1, 1, 3L, true),
                Arguments.of("a chart-like image: flat runs", 300, 120, 0L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void decodesToTheSamePixels(String name, int width, int height, long seed, boolean alpha) throws IOException {
        var image = image(width, height, seed, alpha);

        var png = new ByteArrayOutputStream();
        PngEncoder.write(image, png);
        var decoded = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));

        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        var reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(Integer.toHexString(decoded.getRGB(x, y))).as("pixel %d,%d", x, y)
                        .isEqualTo(Integer.toHexString(reader.getArgb(x, y)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void flatImagesStaySmall(String name, int width, int height, long seed, boolean alpha) throws IOException {
        if (seed != 0) {
            return;
        }
        var png = new ByteArrayOutputStream();
        PngEncoder.write(image(width, height, seed, alpha), png);

        assertThat(png.size()).isLessThan(width * height / 10);
    }

    /** Seed 0: horizontal bands and a stepped line, like a price chart; otherwise fixed-seed noise. */
    private static WritableImage image(int width, int height, long seed, boolean alpha) {
        var image = new WritableImage(width, height);
        var writer = image.getPixelWriter();
        var random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb;
                if (seed == 0) {
                    argb = y == 40 + (x / 50) * 7 ? 0xFF1F6FEB : (y % 30 == 0 ? 0xFFD0D7DE : 0xFFFFFFFF);
                } else {
                    argb = random.nextInt() | (alpha ? 0 : 0xFF000000);
                }
                writer.setArgb(x, y, argb);
            }
        }
        return image;
    }
}
