package org.spotspec.ui.main;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.spotspec.ui.common.AppIcons;

/**
 * What the window shows for the moment between appearing and the sign-in view being ready:
 * the logo and name on the sign-in view's background. It is made of shapes and text only (no
 * controls, no stylesheet), so it needs none of the theme's loading and styling, and the window
 * appears as soon as the toolkit is up; the sign-in view replaces it right after its first frame.
 */
final class StartScreen {
    static final String ID = "startScreen";

    private StartScreen() {
    }

    static Parent create(String appName) {
        var logo = new ImageView(AppIcons.image(64));
        var name = new Text(appName);
        name.setFont(Font.font(null, FontWeight.BOLD, 26));
        name.setFill(Color.WHITE);
        var starting = new Text("Starting…");
        starting.setFill(Color.web("#d8e9ee"));
        var root = new VBox(12, logo, name, starting);
        root.setId(ID);
        root.setAlignment(Pos.CENTER);
        // The middle colour of .signin-background (spotspec.css), set in code: no CSS to parse
        // yet, and one flat colour is the cheapest first frame for the software renderer.
        root.setBackground(new Background(new BackgroundFill(Color.web("#16607a"), null, null)));
        return root;
    }
}
