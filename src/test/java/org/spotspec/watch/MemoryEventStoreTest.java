package org.spotspec.watch;

/** The contract holds for the store in memory too ({@code spotspec watch --no-archive}, no archive in the app). */
class MemoryEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore freshStore() {
        return new MemoryEventStore();
    }
}
