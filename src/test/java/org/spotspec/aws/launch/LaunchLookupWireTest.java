package org.spotspec.aws.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.AwsStub.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** What the launch form offers (AMI name, key pairs, groups, subnets), from EC2's XML over HTTP. */
class LaunchLookupWireTest {
    private static final String DENIED = "You are not authorized to perform this operation.";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final LaunchService service = new LaunchService();

    @Test
    void anAmiIsNamedAndAnUnknownOneIsNotFound() {
        wire.aws().ec2Page("DescribeImages", null, null, read("ec2-describe-images.xml"));
        var image = service.image(wire.session(), "ami-0abcdef1234567890");
        assertThat(image).contains(new LaunchChoices.Image("ami-0abcdef1234567890",
                "al2023-ami-2023.6.20241121.0-kernel-6.1-x86_64", "available"));
        assertThat(wire.aws().requests("DescribeImages").get(0).getBodyAsString())
                .contains("ImageId.1=ami-0abcdef1234567890");

        wire.aws().ec2Error("DescribeImages", 400, "InvalidAMIID.NotFound",
                "The image id '[ami-0123456789abcdef0]' does not exist");
        assertThat(service.image(wire.session(), "ami-0123456789abcdef0")).isEmpty();
    }

    @Test
    void keyPairsGroupsAndSubnetsAreListedInOrder() {
        wire.aws().ec2Page("DescribeKeyPairs", null, null, read("ec2-describe-key-pairs.xml"));
        wire.aws().ec2Page("DescribeSecurityGroups", null, null, read("ec2-describe-security-groups.xml"));
        wire.aws().ec2Page("DescribeSubnets", null, null, read("ec2-describe-subnets.xml"));

        assertThat(service.keyPairs(wire.session()).items()).containsExactly("ci-runner", "ml-key");
        var groups = service.securityGroups(wire.session());
        assertThat(groups.forbidden()).isFalse();
        assertThat(groups.items()).extracting(LaunchChoices.SecurityGroup::id)
                .containsExactly("sg-0aaaabbbbccccdddd", "sg-0123456789abcdef0"); // by VPC, then name
        assertThat(groups.items().get(1).label()).isEqualTo("sg-0123456789abcdef0 — ssh-only (vpc-0fedcba9876543210)");
        assertThat(service.subnets(wire.session()).items()).containsExactly(
                new LaunchChoices.Subnet("subnet-0123456789abcdef0", "eu-west-1a", "euw1-az3", "vpc-0fedcba9876543210",
                        "172.31.0.0/20"),
                new LaunchChoices.Subnet("subnet-0fedcba9876543210", "eu-west-1b", "euw1-az1", "vpc-0fedcba9876543210",
                        "172.31.16.0/20"));
    }

    @Test
    void aListingNotAllowedComesBackEmptyAndSaysSo() {
        wire.aws().ec2Error("DescribeKeyPairs", 403, "UnauthorizedOperation", DENIED);
        wire.aws().ec2Error("DescribeSecurityGroups", 403, "UnauthorizedOperation", DENIED);
        wire.aws().ec2Error("DescribeSubnets", 403, "UnauthorizedOperation", DENIED);

        assertThat(service.keyPairs(wire.session())).isEqualTo(LaunchChoices.Listing.notAllowed());
        assertThat(service.securityGroups(wire.session()).forbidden()).isTrue();
        assertThat(service.subnets(wire.session()).forbidden()).isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForAnEmptyList() {
        wire.aws().html("DescribeKeyPairs", 502);
        assertThat(catchThrowable(() -> service.keyPairs(wire.session()))).isInstanceOf(AwsServiceException.class);
    }
}
