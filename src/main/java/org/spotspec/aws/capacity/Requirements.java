package org.spotspec.aws.capacity;

/**
 * Instance requirements instead of named types: EC2 scores every type with this many vCPUs and
 * this much memory. A maximum of null means no upper bound.
 */
public record Requirements(int vcpuMin, Integer vcpuMax, int memoryMibMin, Integer memoryMibMax) {
}
