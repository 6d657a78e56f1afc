package org.spotspec.aws.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreChecksTest {
    private static final List<String> THREE = List.of("m5.large", "m5a.large", "m6i.large");

    @Test
    void aGoodQueryHasNoProblemAndNoWarning() {
        var q = ScoreQuery.ofTypes(THREE, 10, CapacityUnit.UNITS, List.of("eu-west-1"), false);

        assertThat(ScoreChecks.problems(q)).isEmpty();
        assertThat(ScoreChecks.warnings(q)).isEmpty();
    }

    @Test
    void fewerThanThreeTypesWarnsButIsAllowed() {
        var q = ScoreQuery.ofTypes(List.of("m5.large", "m5.large", "c5.large"), 10, CapacityUnit.UNITS, List.of(), false);

        assertThat(ScoreChecks.problems(q)).isEmpty();
        assertThat(ScoreChecks.warnings(q)).singleElement().asString().contains("Only 2 instance types", "at least 3");
    }

    @Test
    void capacityOutsideOneToAThousandIsRefused() {
        assertThat(ScoreChecks.problems(ScoreQuery.ofTypes(THREE, 0, CapacityUnit.UNITS, List.of(), false)))
                .singleElement().asString().contains("1 to 1000");
        assertThat(ScoreChecks.problems(ScoreQuery.ofTypes(THREE, 1001, CapacityUnit.VCPU, List.of(), false)))
                .hasSize(1);
        assertThat(ScoreChecks.problems(ScoreQuery.ofTypes(THREE, 1000, CapacityUnit.VCPU, List.of(), false)))
                .isEmpty();
    }

    @Test
    void typesRegionsAndPageSizeMustLookRight() {
        var q = new ScoreQuery(List.of("m5.large", "M5 LARGE"), Optional.empty(), 5, CapacityUnit.UNITS,
                List.of("eu-west-1", "Ireland"), false, 5);

        assertThat(ScoreChecks.problems(q)).hasSize(3).anySatisfy(p -> assertThat(p).contains("'M5 LARGE'"))
                .anySatisfy(p -> assertThat(p).contains("'Ireland'")).anySatisfy(p -> assertThat(p).contains("10 to 1000"));
    }

    @Test
    void eitherTypesOrRequirements() {
        var neither = ScoreQuery.ofTypes(List.of(), 5, CapacityUnit.UNITS, List.of(), false);
        var both = new ScoreQuery(THREE, Optional.of(new Requirements(2, 4, 0, null)), 5, CapacityUnit.UNITS,
                List.of(), false, 1000);

        assertThat(ScoreChecks.problems(neither)).singleElement().asString().contains("either");
        assertThat(ScoreChecks.problems(both)).singleElement().asString().contains("either");
    }

    @Test
    void requirementsNeedSensibleRangesAndNeedNoThreeTypes() {
        var good = ScoreQuery.ofRequirements(new Requirements(2, null, 4096, 8192), 5, CapacityUnit.UNITS, List.of(),
                true);
        var bad = ScoreQuery.ofRequirements(new Requirements(8, 2, 4096, 1024), 5, CapacityUnit.UNITS, List.of(), true);

        assertThat(ScoreChecks.problems(good)).isEmpty();
        assertThat(ScoreChecks.warnings(good)).isEmpty();
        assertThat(ScoreChecks.problems(bad)).hasSize(2);
    }

    @Test
    void unitsParseAsEc2SpellsThem() {
        assertThat(CapacityUnit.parse("memory-mib")).contains(CapacityUnit.MEMORY_MIB);
        assertThat(CapacityUnit.parse("VCPU")).contains(CapacityUnit.VCPU);
        assertThat(CapacityUnit.parse("instances")).isEmpty();
    }
}
