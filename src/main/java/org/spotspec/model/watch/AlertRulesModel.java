package org.spotspec.model.watch;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.watch.PriceAlertRule;

/**
 * The price alert rules the user wrote: a rule is typed in the command line's form (the same text
 * {@code spotspec watch --alert} takes), checked as it is added (a rule with a mistake is refused
 * with the reason, and stays in the field to be fixed), and removed by choice.
 */
public final class AlertRulesModel {
    /** The form, with examples, for the field's hint. */
    public static final String FORM = "TYPE,REGION[+REGION…][,ZONE][,PRODUCT],CONDITION — e.g. m5.large,us-east-1,>0.05 · "
            + "c5.large,eu-west-1+us-east-1,<0.03 · m5.large,us-east-1,>max (above my max price) · "
            + "r5.large,us-west-2,+20%/1h (a rise of 20 % within an hour)";

    private final ObservableList<PriceAlertRule> rules = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public AlertRulesModel() {
        draft.addListener((obs, old, now) -> error.set(""));
    }

    /** Adds the rule in {@link #draftProperty()}; on a mistake says why and keeps the text. */
    public boolean addDraft() {
        var text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            error.set("Type a rule first: " + FORM);
            return false;
        }
        try {
            var rule = PriceAlertRule.parse(text);
            if (rules.stream().anyMatch(r -> r.key().equals(rule.key()))) {
                error.set("This rule is already there.");
                return false;
            }
            rules.add(rule);
            draft.set("");
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public void remove(List<PriceAlertRule> chosen) {
        rules.removeAll(chosen);
    }

    /** Puts back the saved rules; one that no longer reads (edited by hand) is dropped. */
    public void restore(List<String> saved) {
        var read = saved.stream().flatMap(text -> {
            try {
                return java.util.stream.Stream.of(PriceAlertRule.parse(text));
            } catch (IllegalArgumentException e) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
        rules.setAll(read);
    }

    /** The rules in their text form, to be saved. */
    public List<String> texts() {
        return rules.stream().map(PriceAlertRule::text).toList();
    }

    public ObservableList<PriceAlertRule> rules() {
        return rules;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
