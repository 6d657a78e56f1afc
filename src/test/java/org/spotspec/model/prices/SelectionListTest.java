package org.spotspec.model.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionListTest {
    private final SelectionList list = new SelectionList();

    @Test
    void choicesSurviveFilteringAndFollowTheCheckBoxes() {
        list.setItems(List.of("m5.large", "m5.xlarge", "c5.large"));
        list.checkedProperty("m5.xlarge").set(true);
        list.filterProperty().set("c5");
        assertThat(list.shown()).containsExactly("c5.large");
        list.checkedProperty("c5.large").set(true);
        list.filterProperty().set("");
        assertThat(list.chosen()).containsExactly("m5.xlarge", "c5.large");
        assertThat(list.summaryProperty().get()).isEqualTo("2 chosen: m5.xlarge, c5.large");
        list.selected().remove("m5.xlarge");
        assertThat(list.checkedProperty("m5.xlarge").get()).isFalse();
    }

    @Test
    void aRememberedChoiceWaitsForItsItems() {
        list.prefer(List.of("r5.large", "gone.large"));
        assertThat(list.chosen()).isEmpty();
        list.setItems(List.of("m5.large", "r5.large"));
        assertThat(list.chosen()).containsExactly("r5.large");
        list.setItems(List.of("m5.large"));
        assertThat(list.chosen()).as("no longer offered").isEmpty();
        assertThat(list.summaryProperty().get()).isEqualTo("None chosen");
    }
}
