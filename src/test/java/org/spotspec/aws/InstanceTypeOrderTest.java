package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstanceTypeOrderTest {

    @Test
    void sizesGrowWithinAFamily() {
        assertSorted("m5.large", "m5.xlarge", "m5.2xlarge", "m5.4xlarge", "m5.12xlarge", "m5.24xlarge", "m5.metal");
        assertSorted("t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge");
        assertSorted("c6i.32xlarge", "c6i.metal", "c7i.metal-24xl", "c7i.metal-48xl");
    }

    @Test
    void familiesInNaturalOrder() {
        assertSorted("c5.large", "c5a.large", "c5d.large", "c6g.large", "m5.large", "m5a.large", "m6i.large",
                "m10.large", "t3.large");
    }

    @Test
    void oddNamesNeitherFailNorJumpAhead() {
        assertSorted("c7i.large", "c7i-flex.large", "mac2-m2pro.metal", "u-6tb1.metal", "u7i-12tb.224xlarge",
                "x2iedn.xlarge", "x2iedn.weird", "zzz");
    }

    private static void assertSorted(String... expected) {
        var shuffled = new ArrayList<>(List.of(expected));
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(InstanceTypeOrder.INSTANCE);
        assertThat(shuffled).containsExactly(expected);
    }
}
