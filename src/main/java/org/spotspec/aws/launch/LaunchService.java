package org.spotspec.aws.launch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.DryRun;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;

/**
 * Launches spot instances in the session's region, either way AWS offers, checks a launch with
 * a dry run, and looks up what the launch form offers (AMI names, key pairs, security groups,
 * subnets). Blocking; call it from a background task. No JavaFX, so a command line can use it.
 *
 * <p>Idempotency: the caller passes one ClientToken per user action. The SDK resends the same
 * request (token included) when it retries an attempt, and a caller that repeats a failed
 * launch with the same token gets EC2's answer to the first one instead of a second launch.
 */
public final class LaunchService {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchService.class);

    /**
     * Launches {@code spec}.
     *
     * @param clientToken the action's idempotency token (1-64 ASCII characters)
     * @throws AwsServiceException as EC2 answered, to be explained by the ErrorTranslator
     */
    public LaunchResult launch(AwsSession session, LaunchSpec spec, String clientToken) {
        if (clientToken == null || clientToken.isEmpty() || clientToken.length() > 64) {
            throw new IllegalArgumentException("a launch needs a ClientToken of 1-64 characters");
        }
        LOG.info("Launching {} with client token {}", spec, clientToken);
        var ec2 = session.ec2();
        if (spec.method() == LaunchSpec.Method.RUN_INSTANCES) {
            var answer = ec2.runInstances(LaunchRequests.run(spec, clientToken, false));
            var requests = answer.instances().stream().filter(i -> i.spotInstanceRequestId() != null)
                    // EC2 reports no request state here; the Requests table shows it once described.
                    .map(i -> new LaunchResult.SpotRequest(i.spotInstanceRequestId(), "", "", i.instanceId()))
                    .toList();
            return new LaunchResult(spec.method(), text(answer.reservationId()),
                    answer.instances().stream().map(Instance::instanceId).toList(), requests, clientToken);
        }
        var answer = ec2.requestSpotInstances(LaunchRequests.requestSpot(spec, clientToken, false));
        var requests = answer.spotInstanceRequests().stream().map(LaunchService::request).toList();
        var instances = requests.stream().map(LaunchResult.SpotRequest::instanceId).filter(i -> !i.isEmpty()).toList();
        return new LaunchResult(spec.method(), "", instances, requests, clientToken);
    }

    /** Asks EC2 whether {@code spec} would launch, without launching anything. */
    public DryRun.Verdict dryRun(AwsSession session, LaunchSpec spec) {
        var ec2 = session.ec2();
        var method = spec.method();
        return DryRun.check("Validate launch (dry run)", method.permission(),
                () -> method == LaunchSpec.Method.RUN_INSTANCES
                        ? ec2.runInstances(LaunchRequests.run(spec, null, true))
                        : ec2.requestSpotInstances(LaunchRequests.requestSpot(spec, null, true)));
    }

    /** The AMI's name and state; empty when EC2 does not know it in this region. */
    public Optional<LaunchChoices.Image> image(AwsSession session, String imageId) {
        try {
            return session.ec2().describeImages(b -> b.imageIds(imageId)).images().stream().findFirst()
                    .map(i -> new LaunchChoices.Image(i.imageId(), text(i.name()), text(i.stateAsString())));
        } catch (AwsServiceException e) {
            if (code(e).startsWith("InvalidAMIID")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public LaunchChoices.Listing<String> keyPairs(AwsSession session) {
        try {
            return new LaunchChoices.Listing<>(session.ec2().describeKeyPairs().keyPairs().stream()
                    .map(k -> k.keyName()).sorted().toList(), false);
        } catch (AwsServiceException e) {
            return forbiddenOrThrow(e, "key pairs");
        }
    }

    public LaunchChoices.Listing<LaunchChoices.SecurityGroup> securityGroups(AwsSession session) {
        try {
            List<LaunchChoices.SecurityGroup> groups = session.ec2().describeSecurityGroupsPaginator().securityGroups()
                    .stream().map(g -> new LaunchChoices.SecurityGroup(g.groupId(), text(g.groupName()), text(g.vpcId())))
                    .sorted(Comparator.comparing(LaunchChoices.SecurityGroup::vpcId)
                            .thenComparing(LaunchChoices.SecurityGroup::name))
                    .toList();
            return new LaunchChoices.Listing<>(groups, false);
        } catch (AwsServiceException e) {
            return forbiddenOrThrow(e, "security groups");
        }
    }

    public LaunchChoices.Listing<LaunchChoices.Subnet> subnets(AwsSession session) {
        try {
            List<LaunchChoices.Subnet> subnets = session.ec2().describeSubnetsPaginator().subnets().stream()
                    .map(s -> new LaunchChoices.Subnet(s.subnetId(), text(s.availabilityZone()),
                            text(s.availabilityZoneId()), text(s.vpcId()), text(s.cidrBlock())))
                    .sorted(Comparator.comparing(LaunchChoices.Subnet::vpcId).thenComparing(LaunchChoices.Subnet::zone))
                    .toList();
            return new LaunchChoices.Listing<>(subnets, false);
        } catch (AwsServiceException e) {
            return forbiddenOrThrow(e, "subnets");
        }
    }

    private static LaunchResult.SpotRequest request(SpotInstanceRequest r) {
        return new LaunchResult.SpotRequest(text(r.spotInstanceRequestId()), text(r.stateAsString()),
                r.status() == null ? "" : text(r.status().code()), text(r.instanceId()));
    }

    private static <T> LaunchChoices.Listing<T> forbiddenOrThrow(AwsServiceException e, String what) {
        if (e.statusCode() == 403 || "UnauthorizedOperation".equals(code(e))) {
            LOG.info("Not allowed to list {}; the form lets the user type them", what);
            return LaunchChoices.Listing.notAllowed();
        }
        throw e;
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
