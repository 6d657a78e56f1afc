package org.spotspec.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * vCPUs and memory of LocalAws's instance types, and GetInstanceTypesFromInstanceRequirements
 * over them. Every type here is x86_64 and hvm, so an arm64 question finds none.
 */
final class Ec2TypeSizes {
    private Ec2TypeSizes() {
    }

    /** vCPUs as EC2 lists them: 2 for a .large and anything smaller (t3.nano too), 4 for an xlarge… */
    static int vcpus(String type) {
        return Math.max(2, (int) Math.round(2 * SpotPriceGenerator.units(type)));
    }

    /** Memory in MiB: 4 GiB per vCPU (m, t, g), 2 (c), 8 (r); t3's small sizes halve down to 512 MiB. */
    static int memoryMib(String type) {
        double perLarge = switch (type.charAt(0)) {
            case 'c' -> 4096;
            case 'r' -> 16384;
            default -> 8192;
        };
        return (int) Math.round(perLarge * SpotPriceGenerator.units(type));
    }

    /** The answer's body: the matching types' page, then nextToken. */
    static String fromRequirements(Ec2Form f) {
        var r = "InstanceRequirements.";
        var vcpuMin = f.integer(r + "VCpuCount.Min");
        var memoryMin = f.integer(r + "MemoryMiB.Min");
        if (vcpuMin == null) {
            throw Ec2Faults.missing("InstanceRequirements.VCpuCount.Min");
        }
        if (memoryMin == null) {
            throw Ec2Faults.missing("InstanceRequirements.MemoryMiB.Min");
        }
        var vcpuMax = f.integer(r + "VCpuCount.Max");
        var memoryMax = f.integer(r + "MemoryMiB.Max");
        var arches = f.list("ArchitectureType");
        var virtualization = f.list("VirtualizationType");
        if (arches.isEmpty() || virtualization.isEmpty()) {
            throw Ec2Faults.missing(arches.isEmpty() ? "ArchitectureType" : "VirtualizationType");
        }
        var found = new ArrayList<String>();
        if (arches.contains("x86_64") && virtualization.contains("hvm")) {
            for (var type : LocalAws.INSTANCE_TYPES) {
                int v = vcpus(type);
                int m = memoryMib(type);
                if (v >= vcpuMin && (vcpuMax == null || v <= vcpuMax) && m >= memoryMin
                        && (memoryMax == null || m <= memoryMax)) {
                    found.add("<item><instanceType>" + type + "</instanceType></item>");
                }
            }
        }
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var page = f.page("types", List.copyOf(found));
        return "<instanceTypeSet>" + String.join("", page.items()) + "</instanceTypeSet>" + page.tokenXml();
    }
}
