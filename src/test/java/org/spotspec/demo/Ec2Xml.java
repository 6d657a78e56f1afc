package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.ec2Time;
import static org.spotspec.testing.AwsXml.escape;
import static org.spotspec.testing.AwsXml.instanceState;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Spot requests and instances as EC2 writes them in its XML answers. */
final class Ec2Xml {
    private Ec2Xml() {
    }

    static String tags(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "<tagSet/>";
        }
        var out = new StringBuilder("<tagSet>");
        new TreeMap<>(tags).forEach((k, v) -> out.append("<item><key>").append(escape(k)).append("</key><value>")
                .append(escape(v)).append("</value></item>"));
        return out.append("</tagSet>").toString();
    }

    private static String groups(List<Ec2Catalog.Group> groups) {
        var out = new StringBuilder("<groupSet>");
        groups.forEach(g -> out.append("<item><groupId>").append(g.id()).append("</groupId><groupName>")
                .append(g.name()).append("</groupName></item>"));
        return out.append("</groupSet>").toString();
    }

    static String request(SpotRequest r) {
        var s = r.spec;
        var out = new StringBuilder("<item><spotInstanceRequestId>").append(r.id).append("</spotInstanceRequestId>")
                .append("<spotPrice>").append(s.maxPrice() != null ? s.maxPrice() : LaunchSpec.onDemand(s.instanceType()))
                .append("</spotPrice><type>").append(s.persistent() ? "persistent" : "one-time").append("</type><state>")
                .append(r.state).append("</state><status><code>").append(r.statusCode).append("</code><updateTime>")
                .append(ec2Time(r.statusTime)).append("</updateTime><message>").append(escape(r.statusMessage))
                .append("</message></status><launchSpecification><imageId>").append(s.image().id()).append("</imageId>");
        if (s.keyName() != null) {
            out.append("<keyName>").append(escape(s.keyName())).append("</keyName>");
        }
        out.append(groups(s.groups())).append("<instanceType>").append(s.instanceType()).append("</instanceType>")
                .append("<placement>");
        if (s.subnet() != null) {
            out.append("<availabilityZone>").append(s.subnet().zone()).append("</availabilityZone>");
        }
        out.append("<tenancy>default</tenancy></placement><monitoring><enabled>false</enabled></monitoring>");
        if (s.subnet() != null) {
            out.append("<subnetId>").append(s.subnet().id()).append("</subnetId>");
        }
        if (s.instanceProfile() != null) {
            out.append("<iamInstanceProfile>").append(s.instanceProfile().startsWith("arn:")
                    ? "<arn>" + escape(s.instanceProfile()) + "</arn>"
                    : "<name>" + escape(s.instanceProfile()) + "</name>")
                    .append("</iamInstanceProfile>");
        }
        out.append("<ebsOptimized>false</ebsOptimized></launchSpecification>");
        if (r.instanceId != null) {
            out.append("<instanceId>").append(r.instanceId).append("</instanceId>");
        }
        out.append("<createTime>").append(ec2Time(r.createTime)).append("</createTime><productDescription>")
                .append(Ec2Region.PRODUCT).append("</productDescription>").append(tags(r.tags()));
        if (r.launchedZone != null) {
            out.append("<launchedAvailabilityZone>").append(r.launchedZone).append("</launchedAvailabilityZone>");
        }
        return out.append("<validUntil>").append(ec2Time(s.validUntil())).append("</validUntil>")
                .append("<instanceInterruptionBehavior>").append(s.interruption())
                .append("</instanceInterruptionBehavior></item>").toString();
    }

    static String instance(Ec2Instance i, String region) {
        var s = i.spec;
        boolean alive = !i.state.equals("terminated");
        boolean east = region.equals("us-east-1");
        var privateDns = alive ? "ip-" + i.privateIp.replace('.', '-') + (east ? ".ec2.internal"
                : "." + region + ".compute.internal") : "";
        boolean hasPublic = i.state.equals("running") || i.state.equals("stopping");
        var publicDns = hasPublic ? "ec2-" + i.publicIp.replace('.', '-') + (east ? ".compute-1.amazonaws.com"
                : "." + region + ".compute.amazonaws.com") : "";
        var out = new StringBuilder("<item><instanceId>").append(i.id).append("</instanceId><imageId>")
                .append(s.image().id()).append("</imageId><instanceState>").append(instanceState(i.state))
                .append("</instanceState><privateDnsName>").append(privateDns).append("</privateDnsName><dnsName>")
                .append(publicDns).append("</dnsName><reason>").append(escape(i.reason)).append("</reason>");
        if (s.keyName() != null) {
            out.append("<keyName>").append(escape(s.keyName())).append("</keyName>");
        }
        out.append("<amiLaunchIndex>").append(i.launchIndex).append("</amiLaunchIndex><productCodes/><instanceType>")
                .append(s.instanceType()).append("</instanceType><launchTime>").append(ec2Time(i.launchTime))
                .append("</launchTime><placement><availabilityZone>").append(i.zone).append("</availabilityZone>")
                .append("<groupName/><tenancy>default</tenancy></placement><monitoring><state>disabled</state>")
                .append("</monitoring>");
        if (alive) {
            out.append("<subnetId>").append(i.subnet.id()).append("</subnetId><vpcId>").append(i.subnet.vpcId())
                    .append("</vpcId><privateIpAddress>").append(i.privateIp).append("</privateIpAddress>");
            if (hasPublic) {
                out.append("<ipAddress>").append(i.publicIp).append("</ipAddress>");
            }
            out.append("<sourceDestCheck>true</sourceDestCheck>");
        }
        out.append(groups(s.groups()));
        if (i.stateReasonCode != null) {
            out.append("<stateReason><code>").append(i.stateReasonCode).append("</code><message>")
                    .append(escape(i.stateReasonMessage)).append("</message></stateReason>");
        }
        out.append("<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>")
                .append(s.image().root()).append("</rootDeviceName><blockDeviceMapping/>");
        if (i.requestId != null) {
            out.append("<instanceLifecycle>spot</instanceLifecycle><spotInstanceRequestId>").append(i.requestId)
                    .append("</spotInstanceRequestId>");
        }
        out.append("<virtualizationType>hvm</virtualizationType><clientToken>")
                .append(s.clientToken() == null ? "" : escape(s.clientToken())).append("</clientToken>")
                .append(tags(s.instanceTags()));
        if (s.instanceProfile() != null) {
            var profile = s.instanceProfile().startsWith("arn:") ? s.instanceProfile()
                    : "arn:aws:iam::" + LocalAws.ACCOUNT + ":instance-profile/" + s.instanceProfile();
            out.append("<iamInstanceProfile><arn>").append(escape(profile)).append("</arn><id>AIPA")
                    .append(LocalEc2.hex(profile, 17).toUpperCase()).append("</id></iamInstanceProfile>");
        }
        return out.append("<hypervisor>xen</hypervisor><networkInterfaceSet/><ebsOptimized>false</ebsOptimized>")
                .append("<enaSupport>true</enaSupport><cpuOptions><coreCount>").append(Math.max(1,
                        (int) Math.round(SpotPriceGenerator.units(s.instanceType()))))
                .append("</coreCount><threadsPerCore>2</threadsPerCore></cpuOptions><capacityReservationSpecification>")
                .append("<capacityReservationPreference>open</capacityReservationPreference>")
                .append("</capacityReservationSpecification><hibernationOptions><configured>false</configured>")
                .append("</hibernationOptions><metadataOptions><state>applied</state><httpTokens>required")
                .append("</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled")
                .append("</httpEndpoint></metadataOptions><platformDetails>Linux/UNIX</platformDetails>")
                .append("<usageOperation>RunInstances</usageOperation><bootMode>uefi-preferred</bootMode>")
                .append("<currentInstanceBootMode>legacy-bios</currentInstanceBootMode></item>").toString();
    }

    /** One reservation: its id, owner, and the instances of it to show. */
    static String reservation(String reservationId, List<Ec2Instance> instances, String region) {
        var out = new StringBuilder("<reservationId>").append(reservationId).append("</reservationId><ownerId>")
                .append(LocalAws.ACCOUNT).append("</ownerId><groupSet/><instancesSet>");
        instances.forEach(i -> out.append(instance(i, region)));
        return out.append("</instancesSet>").toString();
    }
}
