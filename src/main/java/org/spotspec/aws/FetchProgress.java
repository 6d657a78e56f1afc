package org.spotspec.aws;

/**
 * Hears how a price fetch advances. Called on the fetch's worker threads, several at once when
 * regions run in parallel; a UI hands the figures to its own thread itself.
 */
public interface FetchProgress {

    /** Nothing to report. */
    FetchProgress NONE = new FetchProgress() {
        @Override
        public void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
        }

        @Override
        public void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal) {
        }
    };

    /** One more page of {@code region} arrived; {@code recordsSoFarTotal} counts all regions. */
    void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal);

    /** {@code region} is complete or failed; not called for regions stopped by cancellation. */
    void regionFinished(String region, boolean succeeded, int regionsDone, int regionsTotal);
}
