package org.spotspec.model.prices;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.capacity.CapacityUnit;
import org.spotspec.aws.capacity.PlacementScore;
import org.spotspec.aws.capacity.PlacementScoreService;
import org.spotspec.aws.capacity.ScoreChecks;
import org.spotspec.aws.capacity.ScoreQuery;
import org.spotspec.aws.capacity.WhereNow;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.scores.ScoreSample;
import org.spotspec.scores.ScoreStore;

/**
 * Spot placement scores in the Prices tab: for the types and regions ticked there, a target
 * capacity and per region or per zone, EC2's scores (kept with their time in the archive), the
 * score of each statistics row's place, and the "where now" ranking of places by score and price.
 */
public final class ScoresModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScoresModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AwsCalls calls;
    private final PlacementScoreService service;
    private final ScoreStore store;
    private final PricesModel prices;
    private final StringProperty capacityText = new SimpleStringProperty("10");
    private final ObjectProperty<CapacityUnit> unit = new SimpleObjectProperty<>(CapacityUnit.UNITS);
    private final BooleanProperty perZone = new SimpleBooleanProperty(false);
    private final BooleanProperty byRequirements = new SimpleBooleanProperty(false);
    private final StringProperty vcpus = new SimpleStringProperty("2-8");
    private final StringProperty memoryGib = new SimpleStringProperty("4-32");
    private final StringBinding vcpusError = Bindings.createStringBinding(() -> ScoreRequirements.error(vcpus.get(),
            ScoreRequirements.MAX_VCPUS), vcpus);
    private final StringBinding memoryError = Bindings.createStringBinding(() -> ScoreRequirements.error(
            memoryGib.get(), ScoreRequirements.MAX_MEMORY_GIB), memoryGib);
    private final StringBinding capacityError;
    private final StringBinding advice;
    private final ObservableList<PlacementScore> scores = FXCollections.observableArrayList();
    private final ObservableList<WhereNow.Place> ranking = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper configuration = new ReadOnlyStringWrapper("");

    public ScoresModel(AwsCalls calls, PlacementScoreService service, ScoreStore store, PricesModel prices) {
        this.calls = calls;
        this.service = service;
        this.store = store;
        this.prices = prices;
        this.capacityError = Bindings.createStringBinding(() -> capacity().isPresent() ? ""
                : "A whole number, 1 to " + ScoreChecks.MAX_CAPACITY + ".", capacityText);
        this.advice = Bindings.createStringBinding(this::advice, prices.instanceTypes().selected(), byRequirements);
        scores.addListener((javafx.collections.ListChangeListener<PlacementScore>) c -> rank());
        prices.statistics().addListener((javafx.collections.ListChangeListener<PriceStatistics>) c -> rank());
    }

    /**
     * Asks EC2 for the scores of the ticked types in the ticked regions (none ticked: every region);
     * false, with nothing sent, when the capacity or the types are not right.
     */
    public boolean askScores() {
        var types = prices.instanceTypes().chosen();
        var requirements = ScoreRequirements.of(vcpus.get(), memoryGib.get());
        var problem = capacity().isEmpty() ? "Correct the target capacity first."
                : byRequirements.get() && requirements.isEmpty() ? "Correct the vCPUs and memory first."
                : !byRequirements.get() && types.isEmpty()
                        ? "Tick at least one instance type (three or more for a meaningful score)." : "";
        if (!problem.isEmpty()) {
            status.set(problem);
            return false;
        }
        var regions = prices.regions().chosen();
        var query = byRequirements.get()
                ? ScoreQuery.ofRequirements(requirements.get(), capacity().get(), unit.get(), regions, perZone.get())
                : ScoreQuery.ofTypes(types, capacity().get(), unit.get(), regions, perZone.get());
        var key = query.configuration().key();
        asking.set(true);
        status.set("Asking EC2 for placement scores…");
        calls.run(PlacementScoreService.ACTION, session -> fetchAndKeep(session, query, key), answer -> {
            asking.set(false);
            configuration.set(key);
            scores.setAll(answer);
            status.set(answer.isEmpty() ? "EC2 gave no score for this query." : answer.size() + " scores at "
                    + TIME.format(answer.get(0).asOf()) + " (EC2 gives its top 10 only; a score is a snapshot: act on it"
                    + " at once).");
        }, refused -> {
            asking.set(false);
            status.set(refused.headline() + ". " + refused.meaning() + " " + refused.nextStep());
        });
        return true;
    }

    private List<PlacementScore> fetchAndKeep(org.spotspec.aws.AwsSession session, ScoreQuery query, String key) {
        var answer = service.scores(session, query);
        try {
            store.record(answer.stream().map(s -> new ScoreSample(s.asOf(), key, s.region(), s.zoneId(), s.score()))
                    .toList());
        } catch (RuntimeException e) {
            // The scores are shown all the same; the archive's own status says what is wrong with it.
            LOG.warn("Placement scores not archived: {}",
                    e.getClass().getSimpleName());
        }
        return answer;
    }

    /** The score of a statistics row's place: its zone's when scored per zone, else its region's. */
    public Optional<Integer> scoreOf(String region, String zoneName) {
        return scores.stream().filter(s -> s.region().equals(region)
                        && (!s.perZone() || s.zoneName().equals(zoneName)))
                .map(PlacementScore::score).max(Integer::compare);
    }

    private void rank() {
        var points = prices.statistics().stream().map(WhereNow.PricePoint::of).flatMap(Optional::stream).toList();
        ranking.setAll(WhereNow.rank(List.copyOf(scores), points));
    }

    private Optional<Integer> capacity() {
        try {
            int n = Integer.parseInt(capacityText.get().trim());
            return n >= 1 && n <= ScoreChecks.MAX_CAPACITY ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String advice() {
        if (byRequirements.get()) {
            return "";
        }
        int n = prices.instanceTypes().selected().size();
        return n >= ScoreChecks.ADVISED_TYPES ? "" : "AWS advises at least " + ScoreChecks.ADVISED_TYPES
                + " instance types for a meaningful score (" + n + " ticked).";
    }

    /** The scores of {@code configuration} since {@code since}, as kept (blocking). */
    public List<ScoreSample> history(String chosen, Instant since) {
        return chosen == null || chosen.isEmpty() ? List.of() : store.history(chosen, since);
    }

    /**
     * The configurations kept, the most recently asked first: the app's and those {@code spotspec
     * scores} asked (a cron job's too), to chart any of them (blocking).
     */
    public List<String> storedConfigurations() {
        return store.configurations();
    }

    public StringProperty capacityTextProperty() {
        return capacityText;
    }

    public ObjectProperty<CapacityUnit> unitProperty() {
        return unit;
    }

    public BooleanProperty perZoneProperty() {
        return perZone;
    }

    /** Scores for every type with these vCPUs and memory, instead of the ticked types. */
    public BooleanProperty byRequirementsProperty() {
        return byRequirements;
    }

    /** vCPUs in {@link org.spotspec.aws.capacity.CountRange}'s forms ({@code 4} is exactly 4, {@code 4-} 4 or more). */
    public StringProperty vcpusProperty() {
        return vcpus;
    }

    /** Memory in GiB, in the same forms as the vCPUs. */
    public StringProperty memoryGibProperty() {
        return memoryGib;
    }

    public StringBinding vcpusErrorProperty() {
        return vcpusError;
    }

    public StringBinding memoryErrorProperty() {
        return memoryError;
    }

    public StringBinding capacityErrorProperty() {
        return capacityError;
    }

    /** Fewer than three types ticked: AWS's advice, shown beside the button (asking is still allowed). */
    public StringBinding adviceProperty() {
        return advice;
    }

    public ObservableList<PlacementScore> scores() {
        return scores;
    }

    public ObservableList<WhereNow.Place> ranking() {
        return ranking;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** The configuration last asked ({@link ScoreConfiguration#key()}), empty before the first answer. */
    public ReadOnlyStringProperty configurationProperty() {
        return configuration.getReadOnlyProperty();
    }
}
