package org.spotspec.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text a user can see in the showing windows — Text nodes (what fields really draw), labels,
 * tooltips, field contents — read on the FX thread: what a canary test searches for secrets. Code
 * entry fields (password fields, the MFA prompt's code) show what is typed, by design, and are left out.
 */
public final class ScreenTexts {
    private ScreenTexts() {
    }

    public static List<String> all() throws Exception {
        var texts = new ArrayList<String>();
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null).forEach(w -> collect(w.getScene().getRoot(), texts))).get();
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && !isInsideCodeEntry(t)) {
            texts.add(t.getText());
        }
        if (node instanceof Labeled l) {
            texts.add(l.getText());
            if (l.getTooltip() != null) {
                texts.add(l.getTooltip().getText());
            }
        }
        if (node instanceof TextInputControl field && !isInsideCodeEntry(field)) {
            texts.add(field.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static boolean isInsideCodeEntry(Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n instanceof PasswordField || "mfaPromptCode".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
