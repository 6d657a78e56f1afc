package org.spotspec.model.instances;

import java.util.Optional;
import org.spotspec.aws.instances.SpotInstance;

/**
 * The SSH command for an instance: its key pair's file under {@code ~/.ssh}, the default user of
 * Amazon Linux, and the public DNS name (or public IP, or the private IP for a VPN or bastion).
 */
public final class SshCommand {
    /** Amazon Linux's user; Ubuntu uses ubuntu, Debian admin, RHEL ec2-user, SUSE ec2-user. */
    public static final String DEFAULT_USER = "ec2-user";

    private SshCommand() {
    }

    /** Empty when the instance has no address at all (stopped, or terminated). */
    public static Optional<String> of(SpotInstance i) {
        var host = !i.publicDns().isEmpty() ? i.publicDns() : !i.publicIp().isEmpty() ? i.publicIp() : i.privateIp();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        var key = i.keyName().isEmpty() ? "" : "-i ~/.ssh/" + i.keyName() + ".pem ";
        return Optional.of("ssh " + key + DEFAULT_USER + "@" + host);
    }
}
