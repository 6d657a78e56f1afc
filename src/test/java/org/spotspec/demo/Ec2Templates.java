package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.ec2Time;
import static org.spotspec.testing.AwsXml.escape;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LocalAws's CreateLaunchTemplate and the templates CreateFleet launches from, per region. A
 * template keeps what instances share (image, key, groups, user data, profile); names are unique
 * per region, as in EC2.
 */
final class Ec2Templates {
    /** One stored launch template (version 1 only: SpotSpec never makes a second). */
    record Template(String id, String name, Instant created, String imageId, String instanceType, String keyName,
                    List<String> groupIds, String userData, String instanceProfile, Map<String, String> tags) {
    }

    private Ec2Templates() {
    }

    static String create(Ec2Form f, Ec2Region region, Instant now) {
        var replayed = LocalEc2.replay(f, region, "CreateLaunchTemplate");
        if (replayed != null && !f.dryRun()) {
            return replayed;
        }
        var name = f.get("LaunchTemplateName");
        if (name == null) {
            throw Ec2Faults.missing("LaunchTemplateName");
        }
        if (!name.matches("[a-zA-Z0-9().\\-/_]{3,128}")) {
            throw Ec2Faults.fault("InvalidLaunchTemplateName.MalformedException", "A launch template name must be "
                    + "between 3 and 128 characters, and may contain letters, numbers, and the following "
                    + "characters: - ( ) . / _.'");
        }
        if (region.templates.values().stream().anyMatch(t -> t.name().equals(name))) {
            throw Ec2Faults.fault("InvalidLaunchTemplateName.AlreadyExistsException",
                    "Launch template name already in use.");
        }
        var d = "LaunchTemplateData.";
        var keyName = f.get(d + "KeyName");
        if (keyName != null) {
            region.catalog.keyPair(keyName);
        }
        var groups = new ArrayList<String>();
        f.list(d + "SecurityGroupId").forEach(id -> groups.add(region.catalog.groupById(id).id()));
        var template = new Template(region.newId("lt", 17), name, now, f.get(d + "ImageId"), f.get(d + "InstanceType"),
                keyName, List.copyOf(groups), f.get(d + "UserData"),
                f.get(d + "IamInstanceProfile.Arn", f.get(d + "IamInstanceProfile.Name")),
                Map.copyOf(f.tags("launch-template")));
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        region.templates.put(template.id(), template);
        return LocalEc2.remember(f, region, "CreateLaunchTemplate", "<launchTemplate>" + xml(template)
                + "</launchTemplate>");
    }

    /** The template a CreateFleet config names by id or name; EC2's error if there is none. */
    static Template find(Ec2Region region, String id, String name) {
        if (id != null) {
            Ec2Faults.checkIds(List.of(id), "lt-[0-9a-f]{8}([0-9a-f]{9})?", "InvalidLaunchTemplateId.Malformed", "lt");
            var t = region.templates.get(id);
            if (t == null) {
                throw Ec2Faults.fault("InvalidLaunchTemplateId.NotFound", "The specified launch template, with "
                        + "template ID " + id + ", does not exist.");
            }
            return t;
        }
        if (name == null) {
            throw Ec2Faults.fault("InvalidFleetConfig", "A launch template ID or name must be specified.");
        }
        return region.templates.values().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> Ec2Faults.fault("InvalidLaunchTemplateName.NotFoundException",
                        "The specified launch template, with template name " + name + ", does not exist."));
    }

    private static String xml(Template t) {
        return "<launchTemplateId>" + t.id() + "</launchTemplateId><launchTemplateName>" + escape(t.name())
                + "</launchTemplateName><createTime>" + ec2Time(t.created()) + "</createTime><createdBy>"
                + escape(LocalAws.ARN) + "</createdBy><defaultVersionNumber>1</defaultVersionNumber>"
                + "<latestVersionNumber>1</latestVersionNumber>" + Ec2Xml.tags(t.tags());
    }
}
