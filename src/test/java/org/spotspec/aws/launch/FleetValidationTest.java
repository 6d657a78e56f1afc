package org.spotspec.aws.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The EC2 Fleet fields' messages, and the pools a spec makes. */
class FleetValidationTest {

    @Test
    void typesAreOneOrMoreValidNames() {
        assertThat(FleetValidation.instanceTypes("m5.large, c5.large")).isEmpty();
        assertThat(FleetValidation.instanceTypes(" ")).contains("at least one instance type");
        assertThat(FleetValidation.instanceTypes("m5.large,big")).contains("\"big\" is not an instance type");
    }

    @Test
    void subnetsOrZonesButNotBoth() {
        assertThat(FleetValidation.subnets("subnet-0123456789abcdef0,subnet-0fedcba9876543210")).isEmpty();
        assertThat(FleetValidation.subnets("subnet-xyz")).contains("\"subnet-xyz\" is not a subnet id");
        assertThat(FleetValidation.zones("eu-west-1a,eu-west-1b", "")).isEmpty();
        assertThat(FleetValidation.zones("eu-west-1a", "subnet-0123456789abcdef0")).contains("not both");
        assertThat(FleetValidation.zones("west", "")).contains("\"west\" is not an availability zone");
    }

    @Test
    void poolsStayWithinWhatOneFleetTakes() {
        var manyTypes = String.join(",", java.util.stream.IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "m" + i + ".large").toList());
        assertThat(FleetValidation.pools("m5.large,c5.large", "subnet-0123456789abcdef0", "")).isEmpty();
        assertThat(FleetValidation.pools(manyTypes, "", "eu-west-1a,eu-west-1b,eu-west-1c"))
                .contains("at most 300");
    }

    @Test
    void theOnDemandBaseIsAPartOfTheCount() {
        assertThat(FleetValidation.onDemandBase("0", "2")).isEmpty();
        assertThat(FleetValidation.onDemandBase("2", "2")).isEmpty();
        assertThat(FleetValidation.onDemandBase("3", "2")).contains("cannot exceed");
        assertThat(FleetValidation.onDemandBase("-1", "2")).contains("0 for none");
    }

    @Test
    void strategiesTemplatesAndVersions() {
        assertThat(FleetValidation.strategy("Price-Capacity-Optimized")).isEmpty();
        assertThat(FleetValidation.strategy("diversified")).contains("price-capacity-optimized (recommended)");
        assertThat(FleetSpec.Strategy.parse("lowest_price")).isEqualTo(FleetSpec.Strategy.LOWEST_PRICE);
        assertThat(FleetValidation.launchTemplate("lt-0a20c965061f64abc")).isEmpty();
        assertThat(FleetValidation.launchTemplate("my-workers/v2")).isEmpty();
        assertThat(FleetValidation.launchTemplate("lt-xyz")).contains("lt- and 17 hex digits");
        assertThat(FleetValidation.launchTemplate("a b")).contains("3 to 128");
        assertThat(FleetValidation.templateVersion("$Latest")).isEmpty();
        assertThat(FleetValidation.templateVersion("7")).isEmpty();
        assertThat(FleetValidation.templateVersion("latest")).contains("$Default, $Latest");
        assertThat(FleetValidation.templateFields("my-workers", "--image")).contains("fixes --image");
        assertThat(FleetValidation.templateFields("", "--image")).isEmpty();
    }

    @Test
    void everyTypeGoesInEverySubnetOrZone() {
        var bySubnet = new FleetSpec("ami-0abcdef1234567890", List.of("m5.large", "c5.large"),
                List.of("subnet-a", "subnet-b"), List.of(), 2, 0, FleetSpec.Strategy.PRICE_CAPACITY_OPTIMIZED, "", "",
                List.of(), "", "", Map.of(), "", "");
        var anywhere = new FleetSpec("ami-0abcdef1234567890", List.of("m5.large"), List.of(), List.of(), 1, 0,
                FleetSpec.Strategy.LOWEST_PRICE, "", "", List.of(), "", "", Map.of(), "", "");

        assertThat(bySubnet.pools()).extracting(FleetSpec.Pool::label).containsExactly("m5.large in subnet-a",
                "m5.large in subnet-b", "c5.large in subnet-a", "c5.large in subnet-b");
        assertThat(anywhere.pools()).containsExactly(new FleetSpec.Pool("m5.large", "", ""));
        assertThat(bySubnet.toString()).contains("user data 0 bytes").doesNotContain("#!");
    }
}
