package org.spotspec.model.prices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.FetchProgress;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceInput;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceRange;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.tasks.TaskRunner;

/**
 * The Prices tab: what to fetch (types, products, regions, zones, range, my max price), the
 * fetch with progress and cancel, and the result (history for the chart, statistics for the
 * table, regions that failed). A new fetch replaces the old result only when it arrives.
 */
public final class PricesModel {
    public static final List<String> PRODUCTS = PriceQuery.PRODUCTS;

    private final AwsCalls calls;
    private final TaskRunner tasks;
    private final ArchivedPrices archived;
    private final PriceArchiveState archiveState = new PriceArchiveState();
    private final Executor fxExecutor;
    private final Clock clock;
    private final SelectionList regions = new SelectionList();
    private final SelectionList instanceTypes = new SelectionList();
    private final SelectionList products = new SelectionList();
    private final SelectionList zones = new SelectionList();
    private final ZoneChoices zoneChoices;
    private final PriceChoices choices;
    private final ObjectProperty<PriceRange> range = new SimpleObjectProperty<>(PriceRange.LAST_WEEK);
    private final ObjectProperty<Instant> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> customTo = new SimpleObjectProperty<>();
    private final StringProperty maxPriceText = new SimpleStringProperty("");
    private final DoubleBinding maxPrice;
    private final StringBinding maxPriceError, customRangeError;
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PriceHistory> history = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PriceStatistics> statistics = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    /** Bumped at sign-out, so a fetch still running for the old session never shows. */
    private int generation;

    /** @param archived fetches through the price archive (or, without one, as {@code service} does) */
    public PricesModel(AwsCalls calls, TaskRunner tasks, SpotPriceService service, ArchivedPrices archived,
                       Executor fxExecutor, Clock clock) {
        this.calls = calls;
        this.tasks = tasks;
        this.archived = archived;
        this.fxExecutor = fxExecutor;
        this.clock = clock;
        products.setItems(PRODUCTS);
        zoneChoices = new ZoneChoices(calls, service, regions, zones);
        choices = new PriceChoices(calls, service, regions, instanceTypes, products, zoneChoices);
        maxPrice = Bindings.createDoubleBinding(() -> PriceInput.parseMaxPrice(maxPriceText.get()), maxPriceText);
        maxPriceError = Bindings.createStringBinding(() -> PriceInput.maxPriceProblem(maxPriceText.get()), maxPriceText);
        maxPrice.addListener((obs, old, now) -> recomputeStatistics());
        customRangeError = Bindings.createStringBinding(() -> range.get() != PriceRange.CUSTOM ? "" : PriceInput
                .customRangeProblem(customFrom.get(), customTo.get(), clock.instant()), range, customFrom, customTo);
        // "Choose at least one …" is old news once something is ticked; Fetch says it again if still so.
        javafx.collections.SetChangeListener<String> ticked = change -> queryError.set("");
        List.of(instanceTypes, products, regions).forEach(list -> list.selected().addListener(ticked));
    }

    /** For a new session: its region preselected, the types it offers, the zones of every chosen region. */
    public void loadChoices(String sessionRegion) {
        choices.online(sessionRegion);
    }

    /** Offline (no session): lists SpotSpec holds itself, {@code region} preselected; nothing asks AWS. */
    public void loadOfflineChoices(String region) {
        choices.offline(region);
    }

    /** Validates the query; when it is sound, fetches in the background and returns true. */
    public boolean fetch() {
        var query = PriceInput.query(regions.chosen(), instanceTypes.chosen(), products.chosen(), zones.chosen(),
                range.get(), customFrom.get(), customTo.get(), clock.instant());
        queryError.set(query.problem());
        if (!query.problem().isEmpty() || !maxPriceError.get().isEmpty()) {
            return false;
        }
        cancelFlag = new AtomicBoolean();
        var cancel = cancelFlag;
        fetching.set(true);
        progress.set("Starting…");
        var tracker = new FetchTracker(fxExecutor, progress::set, query.query().regions().size());
        double myMax = maxPrice.get();
        int started = generation;
        calls.run("Fetch spot prices", s -> Fetched.of(archived.fetch(s, query.query(), tracker, cancel::get), myMax),
                showIfCurrent(started), problem -> {
                    if (offlineWillDo(problem)) {
                        readOffline(query.query(), myMax, started);
                        return;
                    }
                    fetching.set(false);
                    progress.set("Failed: " + problem.code());
                    failures.set(problem.headline() + " — " + problem.meaning());
                });
        return true;
    }

    /** Signed out, or the MFA renewal was declined: the archive still has something to show. */
    private static boolean offlineWillDo(AwsProblem problem) {
        return "NotSignedIn".equals(problem.code()) || problem.kind() == AwsProblem.Kind.EXPIRED_SESSION;
    }

    private void readOffline(org.spotspec.prices.PriceQuery query, double myMax, int started) {
        progress.set("Reading the price archive…");
        tasks.task("Read the price archive", () -> Fetched.of(archived.fetch(null, query, FetchProgress.NONE,
                () -> false), myMax))
                .onSuccess(showIfCurrent(started))
                .onFailure(e -> {
                    fetching.set(false);
                    progress.set("Not signed in, and the price archive could not be read.");
                })
                .start();
    }

    /** Shows a result unless a sign-out came since its fetch started (it belongs to the account that signed out). */
    private java.util.function.Consumer<Fetched> showIfCurrent(int started) {
        return fetched -> {
            if (started == generation) {
                show(fetched);
            }
        };
    }

    /** Forgets the last result (at sign-out: it belongs to the account that signed out). */
    public void clearResult() {
        cancel();
        generation++;
        fetching.set(false);
        history.set(null);
        statistics.clear();
        archiveState.clear();
        failures.set("");
        progress.set("");
    }

    public void cancel() {
        cancelFlag.set(true);
        progress.set("Cancelling…");
    }

    private void show(Fetched fetched) {
        fetching.set(false);
        history.set(fetched.result().history());
        statistics.setAll(fetched.statistics());
        failures.set(fetched.failureText());
        progress.set(fetched.summary());
        archiveState.show(fetched.archived());
    }

    private void recomputeStatistics() {
        var current = history.get();
        if (current == null) {
            return;
        }
        double myMax = maxPrice.get();
        // Local work, not an AWS call: run it as a plain task, so an expired session never asks
        // for an MFA code just to recompute a column. A result overtaken by a newer price or a
        // newer history is dropped.
        tasks.task("Compute price statistics", () -> PriceStatistics.all(current, myMax))
                .onSuccess(rows -> {
                    if (current == history.get() && Double.compare(myMax, maxPrice.get()) == 0) {
                        statistics.setAll(rows);
                    }
                })
                .start();
    }

    public SelectionList regions() {
        return regions;
    }

    public SelectionList instanceTypes() {
        return instanceTypes;
    }

    public SelectionList products() {
        return products;
    }

    /** The zones of every chosen region, grouped by region; ticked ones filter their region's fetch. */
    public SelectionList zones() {
        return zones;
    }

    /** The region of a zone in {@link #zones()}, for its group heading; null if unknown. */
    public String regionOfZone(String zoneLabel) {
        return zoneChoices.regionOf(zoneLabel);
    }

    public ObjectProperty<PriceRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<Instant> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<Instant> customToProperty() {
        return customTo;
    }

    public StringProperty maxPriceTextProperty() {
        return maxPriceText;
    }

    /** The parsed max price in $/h; NaN when none is set. */
    public DoubleBinding maxPriceProperty() {
        return maxPrice;
    }

    public StringBinding maxPriceErrorProperty() {
        return maxPriceError;
    }

    /** What is wrong with the custom dates, shown next to them; empty when nothing (or not custom). */
    public StringBinding customRangeErrorProperty() {
        return customRangeError;
    }

    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PriceHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ObservableList<PriceStatistics> statistics() {
        return statistics;
    }

    /** Regions that failed in the last fetch, with why; empty when none did. */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Offline, gaps (to draw as gaps), what was fetched, and the note, of the last result. */
    public PriceArchiveState archive() {
        return archiveState;
    }

    public ReadOnlyStringProperty typesNoteProperty() {
        return choices.typesNoteProperty();
    }
}
