package org.spotspec.aws;

/** Receives a record of every AWS call. Called on the SDK's thread, never the FX thread. */
@FunctionalInterface
public interface CallJournal {
    void record(AwsCallRecord call);

    static CallJournal none() {
        return call -> { };
    }
}
