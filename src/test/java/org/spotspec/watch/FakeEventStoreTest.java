package org.spotspec.watch;

/** The contract holds for the tests' fake too: it runs on a store that is not a database. */
class FakeEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore freshStore() {
        return new FakeEventStore();
    }
}
