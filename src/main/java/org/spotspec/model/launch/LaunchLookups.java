package org.spotspec.model.launch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.launch.LaunchChoices;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.model.session.AwsCalls;

/**
 * What the launch form offers to choose from, looked up in the background: instance types, key
 * pairs, security groups, subnets (and their zones), and the name of the AMI typed. A lookup that
 * is not allowed or fails leaves its list empty with a hint; the user can still type ids, so a
 * missing Describe permission never blocks a launch.
 */
public final class LaunchLookups {
    private static final String KEY_PAIRS = "key pairs";
    private static final String GROUPS = "security groups";
    private static final String SUBNETS = "subnets";
    private final AwsCalls calls;
    private final LaunchService service;
    private final SpotPriceService prices;
    private final ObservableList<String> instanceTypes = FXCollections.observableArrayList();
    private final ObservableList<String> keyPairs = FXCollections.observableArrayList();
    private final ObservableList<LaunchChoices.SecurityGroup> securityGroups = FXCollections.observableArrayList();
    private final ObservableList<LaunchChoices.Subnet> subnets = FXCollections.observableArrayList();
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hints = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper imageInfo = new ReadOnlyStringWrapper("");
    private final List<String> hintLines = new ArrayList<>();
    /** The AMI id whose answer is awaited; answers for ids typed earlier are dropped. */
    private String imageAsked = "";
    /** What the last answer about {@link #imageDoubtId} says is wrong with it ("" when nothing). */
    private String imageDoubt = "";
    private String imageDoubtId = "";
    /** The lists read in full: only for these does "not in the list" mean "not in the region". */
    private final Set<String> readable = new HashSet<>();

    public LaunchLookups(AwsCalls calls, LaunchService service, SpotPriceService prices) {
        this.calls = calls;
        this.service = service;
        this.prices = prices;
    }

    /** Loads every list for the session's region (at sign-in, and on Refresh). */
    public void load(String region) {
        hintLines.clear();
        hints.set("");
        readable.clear();
        calls.run("Load instance types", s -> prices.instanceTypes(s, region), offered -> {
            instanceTypes.setAll(offered.types());
            if (offered.fromFallback()) {
                hint("Instance types: the built-in list (not allowed to ask ec2:DescribeInstanceTypeOfferings).");
            }
        }, problem -> hint("Instance types: could not list them (" + problem.code() + "); type one."));
        list(KEY_PAIRS, "ec2:DescribeKeyPairs", service::keyPairs, keyPairs);
        list(GROUPS, "ec2:DescribeSecurityGroups", service::securityGroups, securityGroups);
        list(SUBNETS, "ec2:DescribeSubnets", service::subnets, subnets);
    }

    private <T> void list(String what, String permission, Function<AwsSession, LaunchChoices.Listing<T>> lookup,
                          ObservableList<T> target) {
        calls.run("Load " + what, lookup, listing -> {
            target.setAll(listing.items());
            if (listing.forbidden()) {
                readable.remove(what);
            } else {
                readable.add(what);
            }
            if (target == subnets) {
                zones.setAll(subnets.stream().map(LaunchChoices.Subnet::zone).distinct().sorted().toList());
            }
            if (listing.forbidden()) {
                hint("Not allowed to list " + what + " (" + permission + "): type them instead.");
            } else if (listing.items().isEmpty()) {
                hint("No " + what + " in this region.");
            }
        }, problem -> {
            target.clear();
            readable.remove(what);
            hint("Could not list " + what + " (" + problem.code() + "): type them instead.");
        });
    }

    /** Looks up the AMI's name; an id that is not (yet) valid clears the read-out. */
    public void lookUpImage(String typed) {
        var id = typed == null ? "" : typed.trim();
        if (!LaunchValidation.imageId(id).isEmpty()) {
            imageAsked = "";
            imageInfo.set("");
            return;
        }
        if (id.equals(imageAsked)) {
            return;
        }
        imageAsked = id;
        imageDoubt = "";
        imageInfo.set("Looking up " + id + "…");
        calls.run("Look up AMI " + id, s -> service.image(s, id), found -> {
            if (id.equals(imageAsked)) {
                imageDoubtId = id;
                imageDoubt = found.map(i -> i.state().isEmpty() || "available".equals(i.state()) ? ""
                        : "AMI " + id + " is " + i.state() + ", not available.")
                        .orElse("AMI " + id + " was not found in this region (or is not shared with this account).");
                imageInfo.set(found.map(i -> (i.name().isEmpty() ? "(no name)" : i.name())
                        + (i.state().isEmpty() || "available".equals(i.state()) ? "" : " — state: " + i.state()))
                        .orElse("Not found in this region (or not shared with this account)."));
            }
        }, problem -> {
            if (id.equals(imageAsked)) {
                imageAsked = "";
                imageInfo.set("Could not look up the AMI (" + problem.code() + ").");
            }
        });
    }

    /**
     * What the form's own lookups say is off about {@code spec}, one line each: an AMI the region
     * does not know (or not available), and a key pair, security group or subnet missing from a
     * list that was read in full. AWS may still accept a dry run (a stub, another account's
     * sharing), so these are warnings, not errors.
     */
    public List<String> doubts(LaunchSpec spec) {
        var doubts = new ArrayList<String>();
        if (!imageDoubt.isEmpty() && imageDoubtId.equals(spec.imageId().trim())) {
            doubts.add(imageDoubt);
        }
        if (!spec.keyName().isEmpty() && readable.contains(KEY_PAIRS) && !keyPairs.contains(spec.keyName())) {
            doubts.add("Key pair " + spec.keyName() + " is not among this region's key pairs.");
        }
        if (readable.contains(GROUPS)) {
            spec.securityGroupIds().stream().filter(g -> securityGroups.stream().noneMatch(s -> s.id().equals(g)))
                    .forEach(g -> doubts.add("Security group " + g + " is not among this region's security groups."));
        }
        if (!spec.subnetId().isEmpty() && readable.contains(SUBNETS)
                && subnets.stream().noneMatch(s -> s.id().equals(spec.subnetId()))) {
            doubts.add("Subnet " + spec.subnetId() + " is not among this region's subnets.");
        }
        return doubts;
    }

    /** The chosen subnet described (zone, CIDR, VPC), or "" when it is not one of the listed. */
    public String describeSubnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id == null ? "" : id.trim())).findFirst()
                .map(s -> s.zone() + " (" + s.zoneId() + "), " + s.cidr() + ", " + s.vpcId()).orElse("");
    }

    /** The listed subnet's zone, or "" when it is not one of the listed. */
    public String zoneOf(String subnetId) {
        return subnets.stream().filter(s -> s.id().equals(subnetId)).findFirst().map(LaunchChoices.Subnet::zone)
                .orElse("");
    }

    /** Forgets everything (at sign-out: it belongs to the account that signed out). */
    public void clear() {
        instanceTypes.clear();
        keyPairs.clear();
        securityGroups.clear();
        subnets.clear();
        zones.clear();
        hintLines.clear();
        hints.set("");
        imageAsked = "";
        imageInfo.set("");
        imageDoubt = "";
        readable.clear();
    }

    private void hint(String line) {
        hintLines.add(line);
        hints.set(String.join("\n", hintLines));
    }

    public ObservableList<String> instanceTypes() {
        return instanceTypes;
    }

    public ObservableList<String> keyPairs() {
        return keyPairs;
    }

    public ObservableList<LaunchChoices.SecurityGroup> securityGroups() {
        return securityGroups;
    }

    public ObservableList<LaunchChoices.Subnet> subnets() {
        return subnets;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** Why a list is empty (not allowed, failed, none in the region), one line each. */
    public ReadOnlyStringProperty hintsProperty() {
        return hints.getReadOnlyProperty();
    }

    /** The typed AMI's name and state, or why it is unknown. */
    public ReadOnlyStringProperty imageInfoProperty() {
        return imageInfo.getReadOnlyProperty();
    }
}
