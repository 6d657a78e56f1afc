package org.spotspec.cli;

import org.spotspec.about.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the name and version the pom states, as the desktop launcher prints them. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var info = AppInfo.load();
        return new String[] {info.name() + " " + info.version()};
    }
}
