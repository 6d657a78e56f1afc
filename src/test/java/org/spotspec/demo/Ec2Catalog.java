package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fixed things of one region that launches refer to: a few AMIs, key pairs, security groups
 * and the default VPC's subnets (one per zone). Ids are derived from the region, so they stay
 * the same between runs. Answers DescribeImages, DescribeKeyPairs, DescribeSecurityGroups and
 * DescribeSubnets.
 */
final class Ec2Catalog {
    static final String AMAZON = "137112412989";
    static final String CANONICAL = "099720109477";

    record Image(String id, String owner, String alias, String name, String description, String arch, String root,
                 String created, boolean isPublic) {
    }

    record KeyPair(String id, String name, String type, String fingerprint, String created) {
    }

    record Group(String id, String name, String description, String vpcId, int sshPort) {
    }

    record Subnet(String id, String zone, String zoneId, String vpcId, String cidr, int third) {
    }

    final String region;
    final String vpcId;
    final List<Image> images = new ArrayList<>();
    final List<KeyPair> keyPairs = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Subnet> subnets = new ArrayList<>();

    Ec2Catalog(String region) {
        this.region = region;
        vpcId = "vpc-" + LocalEc2.hex(region + "|vpc", 17);
        image("al2023-ami-2023.6.20241121.0-kernel-6.1-x86_64", AMAZON, "amazon",
                "Amazon Linux 2023 AMI 2023.6.20241121.0 x86_64 HVM kernel-6.1", "x86_64", "/dev/xvda", true);
        image("al2023-ami-2023.6.20241121.0-kernel-6.1-arm64", AMAZON, "amazon",
                "Amazon Linux 2023 AMI 2023.6.20241121.0 arm64 HVM kernel-6.1", "arm64", "/dev/xvda", true);
        image("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20241119", CANONICAL, null,
                "Canonical, Ubuntu, 22.04 LTS, amd64 jammy image build on 2024-11-19", "x86_64", "/dev/sda1", true);
        image("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20241119", CANONICAL, null,
                "Canonical, Ubuntu, 24.04 LTS, amd64 noble image build on 2024-11-19", "x86_64", "/dev/sda1", true);
        image("spotspec-batch-worker-2026-11-20", LocalAws.ACCOUNT, null, "Batch worker (al2023, docker, awscli)",
                "x86_64", "/dev/xvda", false);
        keyPairs.add(new KeyPair("key-" + LocalEc2.hex(region + "|alice", 17), "alice-laptop", "ed25519",
                "Vqr5nGJHTrm3oJ0tXbZ2c3bMTkKjsVYw7Yq+0kS4cJE=", "2025-03-14T09:26:53.000Z"));
        keyPairs.add(new KeyPair("key-" + LocalEc2.hex(region + "|ci", 17), "ci-runner", "rsa",
                "1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f", "2024-06-02T17:40:11.000Z"));
        groups.add(new Group("sg-" + LocalEc2.hex(region + "|default", 17), "default", "default VPC security group",
                vpcId, 0));
        groups.add(new Group("sg-" + LocalEc2.hex(region + "|ssh", 17), "ssh-from-office",
                "SSH from the office network", vpcId, 22));
        groups.add(new Group("sg-" + LocalEc2.hex(region + "|batch", 17), "batch-workers",
                "Batch workers: no inbound", vpcId, -1));
        for (int i = 0; i < 3; i++) {
            var zone = region + (char) ('a' + i);
            subnets.add(new Subnet("subnet-" + LocalEc2.hex(zone + "|subnet", 17), zone, LocalAws.zoneId(region, i),
                    vpcId, "172.31." + 16 * i + ".0/20", 16 * i));
        }
    }

    private void image(String name, String owner, String alias, String description, String arch, String root,
                       boolean isPublic) {
        images.add(new Image("ami-" + LocalEc2.hex(region + "|" + name, 17), owner, alias, name, description, arch,
                root, "2024-11-20T21:09:44.000Z", isPublic));
    }

    Image image(String id) {
        Ec2Faults.checkIds(List.of(id), "ami-[0-9a-f]{8}([0-9a-f]{9})?", "InvalidAMIID.Malformed", "ami");
        return find(images, i -> i.id().equals(id), "InvalidAMIID.NotFound",
                "The image id '[" + id + "]' does not exist");
    }

    KeyPair keyPair(String name) {
        return find(keyPairs, k -> k.name().equals(name), "InvalidKeyPair.NotFound",
                "The key pair '" + name + "' does not exist");
    }

    Group groupById(String id) {
        Ec2Faults.checkIds(List.of(id), "sg-[0-9a-f]{8}([0-9a-f]{9})?", "InvalidGroupId.Malformed", "sg");
        return find(groups, g -> g.id().equals(id), "InvalidGroup.NotFound",
                "The security group '" + id + "' does not exist");
    }

    Group groupByName(String name) {
        return find(groups, g -> g.name().equals(name), "InvalidGroup.NotFound",
                "The security group '" + name + "' does not exist in default VPC '" + vpcId + "'");
    }

    Subnet subnet(String id) {
        Ec2Faults.checkIds(List.of(id), "subnet-[0-9a-f]{8}([0-9a-f]{9})?", "InvalidSubnetID.Malformed", "subnet");
        return find(subnets, s -> s.id().equals(id), "InvalidSubnetID.NotFound",
                "The subnet ID '" + id + "' does not exist");
    }

    Subnet subnetInZone(String zone) {
        return find(subnets, s -> s.zone().equals(zone), "InvalidParameterValue",
                "Invalid availability zone: [" + zone + "]");
    }

    /** The first of {@code items} that matches; else EC2's error {@code code} (HTTP 400). */
    private static <T> T find(List<T> items, Predicate<T> match, String code, String message) {
        return items.stream().filter(match).findFirst().orElseThrow(() -> Ec2Faults.fault(code, message));
    }

    String describeImages(Ec2Form form) {
        var ids = form.list("ImageId");
        ids.forEach(this::image); // unknown or malformed ids fail the call
        var owners = form.list("Owner");
        var filters = form.filters();
        var out = new StringBuilder("<imagesSet>");
        for (var i : images) {
            var attributes = new HashMap<String, String>(Map.of("image-id", i.id(), "name", i.name(),
                    "owner-id", i.owner(), "architecture", i.arch(), "state", "available", "is-public",
                    String.valueOf(i.isPublic()), "root-device-type", "ebs", "virtualization-type", "hvm"));
            attributes.put("owner-alias", i.alias());
            boolean owned = owners.isEmpty() || owners.contains(i.owner()) || owners.contains("self")
                    && i.owner().equals(LocalAws.ACCOUNT) || i.alias() != null && owners.contains(i.alias());
            if ((ids.isEmpty() || ids.contains(i.id())) && owned && Ec2Form.matches(filters, attributes, Map.of())) {
                out.append("<item><imageId>").append(i.id()).append("</imageId><imageLocation>")
                        .append(i.alias() == null ? i.owner() : i.alias()).append('/').append(escape(i.name()))
                        .append("</imageLocation><imageState>available</imageState><imageOwnerId>").append(i.owner())
                        .append("</imageOwnerId><creationDate>").append(i.created()).append("</creationDate><isPublic>")
                        .append(i.isPublic()).append("</isPublic><architecture>").append(i.arch())
                        .append("</architecture><imageType>machine</imageType>")
                        .append(i.alias() == null ? "" : "<imageOwnerAlias>" + i.alias() + "</imageOwnerAlias>")
                        .append("<name>").append(escape(i.name())).append("</name><description>")
                        .append(escape(i.description())).append("</description><rootDeviceType>ebs</rootDeviceType>")
                        .append("<rootDeviceName>").append(i.root()).append("</rootDeviceName><blockDeviceMapping>")
                        .append("<item><deviceName>").append(i.root()).append("</deviceName><ebs><snapshotId>snap-")
                        .append(LocalEc2.hex(i.id(), 17)).append("</snapshotId><volumeSize>8</volumeSize>")
                        .append("<deleteOnTermination>true</deleteOnTermination><volumeType>gp3</volumeType>")
                        .append("<encrypted>false</encrypted></ebs></item></blockDeviceMapping>")
                        .append("<virtualizationType>hvm</virtualizationType><tagSet/><hypervisor>xen</hypervisor>")
                        .append("<enaSupport>true</enaSupport><sriovNetSupport>simple</sriovNetSupport>")
                        .append("<bootMode>uefi-preferred</bootMode><platformDetails>Linux/UNIX</platformDetails>")
                        .append("<usageOperation>RunInstances</usageOperation></item>");
            }
        }
        return out.append("</imagesSet>").toString();
    }

    String describeKeyPairs(Ec2Form form) {
        var names = form.list("KeyName");
        names.forEach(this::keyPair);
        var ids = form.list("KeyPairId");
        for (var id : ids) {
            if (keyPairs.stream().noneMatch(k -> k.id().equals(id))) {
                throw Ec2Faults.fault("InvalidKeyPair.NotFound", "The key pair ID '" + id + "' does not exist");
            }
        }
        var out = new StringBuilder("<keySet>");
        for (var k : keyPairs) {
            if ((names.isEmpty() || names.contains(k.name())) && (ids.isEmpty() || ids.contains(k.id()))
                    && Ec2Form.matches(form.filters(), Map.of("key-name", k.name(), "key-pair-id", k.id(),
                    "fingerprint", k.fingerprint()), Map.of())) {
                out.append("<item><keyPairId>").append(k.id()).append("</keyPairId><keyFingerprint>")
                        .append(k.fingerprint()).append("</keyFingerprint><keyName>").append(k.name())
                        .append("</keyName><keyType>").append(k.type()).append("</keyType><tagSet/><createTime>")
                        .append(k.created()).append("</createTime></item>");
            }
        }
        return out.append("</keySet>").toString();
    }

    String describeSecurityGroups(Ec2Form form) {
        var ids = form.list("GroupId");
        ids.forEach(this::groupById);
        var names = form.list("GroupName");
        names.forEach(this::groupByName);
        var out = new StringBuilder("<securityGroupInfo>");
        for (var g : groups) {
            if ((ids.isEmpty() || ids.contains(g.id())) && (names.isEmpty() || names.contains(g.name()))
                    && Ec2Form.matches(form.filters(), Map.of("group-id", g.id(), "group-name", g.name(),
                    "vpc-id", g.vpcId(), "description", g.description()), Map.of())) {
                out.append("<item><ownerId>").append(LocalAws.ACCOUNT).append("</ownerId><groupId>").append(g.id())
                        .append("</groupId><groupName>").append(g.name()).append("</groupName><groupDescription>")
                        .append(escape(g.description())).append("</groupDescription><vpcId>").append(g.vpcId())
                        .append("</vpcId><ipPermissions>").append(inbound(g)).append("</ipPermissions>")
                        .append("<ipPermissionsEgress><item><ipProtocol>-1</ipProtocol><groups/><ipRanges><item>")
                        .append("<cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><prefixListIds/></item>")
                        .append("</ipPermissionsEgress><securityGroupArn>arn:aws:ec2:").append(region).append(':')
                        .append(LocalAws.ACCOUNT).append(":security-group/").append(g.id())
                        .append("</securityGroupArn><tagSet/></item>");
            }
        }
        return out.append("</securityGroupInfo>").toString();
    }

    private static String inbound(Group g) {
        if (g.sshPort() == 0) { // default: members talk to each other
            return "<item><ipProtocol>-1</ipProtocol><groups><item><userId>" + LocalAws.ACCOUNT + "</userId><groupId>"
                    + g.id() + "</groupId></item></groups><ipRanges/><ipv6Ranges/><prefixListIds/></item>";
        }
        return g.sshPort() < 0 ? "" : "<item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort>"
                + "<groups/><ipRanges><item><cidrIp>203.0.113.0/24</cidrIp><description>Office</description></item>"
                + "</ipRanges><ipv6Ranges/><prefixListIds/></item>";
    }

    String describeSubnets(Ec2Form form) {
        var ids = form.list("SubnetId");
        ids.forEach(this::subnet);
        var out = new StringBuilder("<subnetSet>");
        for (var s : subnets) {
            if ((ids.isEmpty() || ids.contains(s.id())) && Ec2Form.matches(form.filters(), Map.of("subnet-id", s.id(),
                    "availability-zone", s.zone(), "availability-zone-id", s.zoneId(), "vpc-id", s.vpcId(),
                    "cidr-block", s.cidr(), "default-for-az", "true", "state", "available"), Map.of())) {
                out.append("<item><subnetId>").append(s.id()).append("</subnetId><subnetArn>arn:aws:ec2:").append(region)
                        .append(':').append(LocalAws.ACCOUNT).append(":subnet/").append(s.id())
                        .append("</subnetArn><state>available</state><ownerId>").append(LocalAws.ACCOUNT)
                        .append("</ownerId><vpcId>").append(s.vpcId()).append("</vpcId><cidrBlock>").append(s.cidr())
                        .append("</cidrBlock><ipv6CidrBlockAssociationSet/><availableIpAddressCount>4091")
                        .append("</availableIpAddressCount><availabilityZone>").append(s.zone())
                        .append("</availabilityZone><availabilityZoneId>").append(s.zoneId())
                        .append("</availabilityZoneId><defaultForAz>true</defaultForAz><mapPublicIpOnLaunch>true")
                        .append("</mapPublicIpOnLaunch><assignIpv6AddressOnCreation>false")
                        .append("</assignIpv6AddressOnCreation><tagSet/></item>");
            }
        }
        return out.append("</subnetSet>").toString();
    }
}
