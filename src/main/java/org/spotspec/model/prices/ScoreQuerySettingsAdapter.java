package org.spotspec.model.prices;

import org.spotspec.aws.capacity.CapacityUnit;
import org.spotspec.settings.ScoreQuerySettings;

/** Moves the placement score query between the Prices tab's scores model and the saved settings. */
public final class ScoreQuerySettingsAdapter {
    private ScoreQuerySettingsAdapter() {
    }

    public static void restore(ScoresModel model, ScoreQuerySettings saved) {
        if (!saved.capacity().isBlank()) {
            model.capacityTextProperty().set(saved.capacity());
        }
        CapacityUnit.parse(saved.unit()).ifPresent(model.unitProperty()::set);
        model.perZoneProperty().set(saved.perZone());
        model.byRequirementsProperty().set(saved.byRequirements());
        if (!saved.vcpus().isBlank()) {
            model.vcpusProperty().set(saved.vcpus());
        }
        if (!saved.memoryGib().isBlank()) {
            model.memoryGibProperty().set(saved.memoryGib());
        }
    }

    public static ScoreQuerySettings remember(ScoresModel model) {
        return new ScoreQuerySettings(model.capacityTextProperty().get().trim(), model.unitProperty().get().awsName(),
                model.perZoneProperty().get(), model.byRequirementsProperty().get(), model.vcpusProperty().get().trim(),
                model.memoryGibProperty().get().trim());
    }
}
