package org.spotspec.aws.launch;

/**
 * What instance types must offer, for EC2's GetInstanceTypesFromInstanceRequirements: vCPUs and
 * memory (MiB) from a minimum to a maximum (0: no maximum), for an architecture.
 *
 * @param architecture {@code x86_64}, {@code arm64}…; {@code ""} to take the AMI's (x86_64 without one)
 */
public record TypeRequirements(int vcpuMin, int vcpuMax, int memoryMinMib, int memoryMaxMib, String architecture) {
    public TypeRequirements {
        if (vcpuMin < 0 || memoryMinMib < 0 || (vcpuMax != 0 && vcpuMax < vcpuMin)
                || (memoryMaxMib != 0 && memoryMaxMib < memoryMinMib)) {
            throw new IllegalArgumentException("minimums must be 0 or more, maximums (0: none) at least the minimum");
        }
        architecture = architecture == null ? "" : architecture.trim();
    }

    public TypeRequirements withArchitecture(String arch) {
        return new TypeRequirements(vcpuMin, vcpuMax, memoryMinMib, memoryMaxMib, arch);
    }
}
