package org.spotspec.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.spotspec.aws.AwsRegions;
import org.spotspec.model.tables.TableRegions;

/**
 * The live tables' region chooser: a menu button whose text stays short ("eu-west-1", "3 regions")
 * and a check item per region, plus "the session's region" to go back to following region
 * switches. Check menu items, not a custom popup: the keyboard (Space/Enter, arrows) and screen
 * readers handle them already. Both tables share one {@link TableRegions}, so their menus agree.
 */
public final class RegionsMenu {
    /** The item that goes back to the session's region; its id within the menu's items. */
    public static final String FOLLOW_ID = "followSessionRegion";

    private RegionsMenu() {
    }

    /** Fills {@code button} with {@code choices} and keeps it in step with {@code regions}. */
    public static void bind(MenuButton button, TableRegions regions, List<AwsRegions.Choice> choices) {
        var follow = new CheckMenuItem("The session's region (follows a region switch)");
        follow.setId(FOLLOW_ID);
        follow.setOnAction(e -> regions.choose(List.of()));
        var items = new ArrayList<CheckMenuItem>();
        for (var choice : choices) {
            var item = new CheckMenuItem(choice.label());
            item.setId("region-" + choice.id());
            item.setOnAction(e -> regions.choose(toggled(regions.effective(), choice.id(), item.isSelected())));
            items.add(item);
        }
        button.getItems().setAll(follow, new SeparatorMenuItem());
        button.getItems().addAll(items);
        Runnable sync = () -> {
            follow.setSelected(regions.followsSession());
            for (int i = 0; i < items.size(); i++) {
                items.get(i).setSelected(regions.effective().contains(choices.get(i).id()));
            }
        };
        regions.effectiveProperty().addListener((obs, old, now) -> sync.run());
        regions.chosenProperty().addListener((obs, old, now) -> sync.run());
        button.setOnShowing(e -> sync.run());
        sync.run();
        var text = Bindings.createStringBinding(() -> label(regions.effective()), regions.effectiveProperty());
        button.textProperty().bind(text);
        var spoken = Bindings.createStringBinding(() -> "Regions shown: " + (regions.effective().isEmpty() ? "none"
                : String.join(", ", regions.effective())) + (regions.followsSession() ? " (the session's region)" : "")
                + ". Choose the regions this table reads.", regions.effectiveProperty(), regions.chosenProperty());
        button.accessibleTextProperty().bind(spoken);
        var tip = new Tooltip();
        tip.textProperty().bind(spoken);
        button.setTooltip(tip);
        button.setMnemonicParsing(false);
    }

    /** The button's text: one region by its id, several by their number. */
    public static String label(List<String> effective) {
        return effective.isEmpty() ? "Regions" : effective.size() == 1 ? effective.get(0)
                : effective.size() + " regions";
    }

    /**
     * The regions after ticking or unticking {@code region}; unticking the last one leaves the
     * session's region (an empty choice), since a table of no region helps nobody.
     */
    static List<String> toggled(List<String> effective, String region, boolean on) {
        var next = new ArrayList<>(effective);
        if (on && !next.contains(region)) {
            next.add(region);
        } else if (!on) {
            next.remove(region);
        }
        return next;
    }
}
