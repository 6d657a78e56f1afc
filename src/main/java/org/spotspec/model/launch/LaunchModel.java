package org.spotspec.model.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.launch.FleetErrors;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;

/**
 * The Launch tab: the form, its lookups, the dry run and the launch itself.
 *
 * <p>Idempotency: a launch carries a ClientToken. The token is made when the user first launches
 * a given form state and is reused, for that same state, by every later attempt (the SDK's own
 * retries, the retry after an MFA renewal, and the user pressing Launch again after a failure),
 * so EC2 never launches one action twice. A successful launch, or any change to the form, starts
 * a new action with a new token (reusing a token with other parameters would only earn
 * {@code IdempotentParameterMismatch}).
 */
public final class LaunchModel {
    private final AwsCalls calls;
    private final LaunchService service;
    private final SessionState session;
    private final ActivityLog log;
    private final LaunchForm form;
    private final LaunchLookups lookups;
    private final Supplier<String> tokens;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LaunchOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LaunchOutcome> results = FXCollections.observableArrayList();
    private final ObservableList<LaunchOutcome> resultsView = FXCollections.unmodifiableObservableList(results);
    private final List<Consumer<LaunchResult>> launchListeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<LaunchSpec, String>> capacityListeners = new CopyOnWriteArrayList<>();
    private LaunchSpec pendingSpec;
    private String pendingToken;

    public LaunchModel(AwsCalls calls, LaunchService service, SessionState session, ActivityLog log, LaunchForm form,
                       LaunchLookups lookups) {
        this(calls, service, session, log, form, lookups, () -> UUID.randomUUID().toString());
    }

    /** @param tokens makes a new ClientToken (tests pass a predictable one) */
    public LaunchModel(AwsCalls calls, LaunchService service, SessionState session, ActivityLog log, LaunchForm form,
                       LaunchLookups lookups, Supplier<String> tokens) {
        this.calls = calls;
        this.service = service;
        this.session = session;
        this.log = log;
        this.form = form;
        this.lookups = lookups;
        this.tokens = tokens;
    }

    /** Loads the form's lists for the session's region (at sign-in, and on Refresh). */
    public void loadChoices() {
        session.current().ifPresent(s -> {
            lookups.load(s.region().id());
            lookups.lookUpImage(form.imageIdProperty().get());
        });
    }

    /**
     * Checks the form; when it is sound returns the launch it describes, for the confirmation.
     * When it is not, marks every field at fault and explains; nothing is sent.
     */
    public Optional<LaunchSpec> prepare() {
        form.revealAllErrors();
        var problems = form.problems();
        if (!problems.isEmpty()) {
            publish(LaunchOutcome.invalid(problems));
            return Optional.empty();
        }
        return Optional.of(form.toSpec());
    }

    /** Asks EC2 whether the form's launch would succeed, launching nothing. */
    public void dryRun() {
        var spec = prepare();
        if (spec.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        publish(LaunchOutcome.working("Asking EC2 (dry run)…"));
        calls.run("Validate launch (dry run)", s -> service.dryRun(s, spec.get()), verdict -> {
            busy.set(false);
            log.info(verdict.summary());
            publish(LaunchOutcome.dryRun(verdict).withDoubts(lookups.doubts(spec.get())));
        }, this::failed);
    }

    /** Launches {@code spec} (from {@link #prepare()}, after the user confirmed it). */
    public void launch(LaunchSpec spec) {
        if (busy.get()) {
            return;
        }
        var token = tokenFor(spec);
        busy.set(true);
        publish(LaunchOutcome.working("Launching " + spec.count() + " × " + spec.instanceType() + "…"));
        calls.run("Launch spot instances", s -> service.launch(s, spec, token), result -> {
            busy.set(false);
            pendingSpec = null;
            pendingToken = null;
            log.info(result.summary() + ": " + String.join(", ", result.instanceIds().isEmpty()
                    ? result.requestIds() : result.instanceIds()));
            publish(LaunchOutcome.launched(result));
            launchListeners.forEach(l -> l.accept(result));
            // RequestSpotInstances answers with open requests; their status may already say "no capacity".
            result.requests().stream().map(LaunchResult.SpotRequest::statusCode).filter(FleetErrors::isCapacity)
                    .findFirst().ifPresent(code -> capacityListeners.forEach(l -> l.accept(spec, code)));
        }, problem -> {
            failed(problem);
            if (FleetErrors.isCapacity(problem.code())) {
                capacityListeners.forEach(l -> l.accept(spec, problem.code()));
            }
        });
    }

    /** Called on the FX thread when a single-type launch fails for want of capacity, with its code. */
    public void addCapacityFailureListener(BiConsumer<LaunchSpec, String> listener) {
        capacityListeners.add(listener);
    }

    /** For {@link FleetLaunch}: one busy flag and one result pane for every way. */
    boolean start(LaunchOutcome working) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        publish(working);
        return true;
    }

    /** For {@link FleetLaunch}: shows {@code answer} and ends the work {@link #start} began. */
    void finish(LaunchOutcome answer) {
        busy.set(false);
        publish(answer);
    }

    /** For {@link FleetLaunch}: the tables refresh after a fleet as after any launch. */
    void launched(LaunchResult result) {
        launchListeners.forEach(l -> l.accept(result));
    }

    void show(LaunchOutcome outcome) {
        publish(outcome);
    }

    private String tokenFor(LaunchSpec spec) {
        if (pendingToken == null || !spec.equals(pendingSpec)) {
            pendingSpec = spec;
            pendingToken = tokens.get();
        }
        return pendingToken;
    }

    private void failed(AwsProblem problem) {
        busy.set(false);
        log.problem(problem);
        publish(LaunchOutcome.failed(problem));
    }

    /** Shows {@code now}; an answer from AWS is also kept, newest first, until the user clears them. */
    private void publish(LaunchOutcome now) {
        if (now.isAnswer()) {
            results.add(0, now);
        }
        outcome.set(now); // last: the pane, listening here, reads the results too
    }

    /** Forgets the kept results (the user's Clear). */
    public void clearResults() {
        results.clear();
        outcome.set(null);
    }

    /** What the confirmation says will be launched, where, for whom and at what price. */
    public String summary(LaunchSpec spec) {
        var current = session.current();
        var region = current.map(s -> s.region().id()).orElse("?");
        var account = current.map(s -> s.identity().account()).orElse("?");
        var text = new StringBuilder()
                .append(spec.count()).append(" × ").append(spec.instanceType()).append(" spot instance")
                .append(spec.count() == 1 ? "" : "s").append('\n')
                .append("AMI: ").append(spec.imageId()).append('\n')
                .append("Region: ").append(region).append(", account ").append(account).append('\n')
                .append("Max price: ").append(spec.hasMaxPrice() ? "$" + spec.maxPrice() + " per hour"
                        : "spot price, capped at on-demand").append('\n')
                .append("Request: ").append(spec.requestType().wire()).append(", on interruption ")
                .append(spec.interruption().wire()).append('\n')
                .append("Via: ").append(spec.method().action());
        spec.validUntil().ifPresent(v -> text.append('\n').append("Valid until: ").append(v));
        lookups.doubts(spec).forEach(d -> text.append("\n\nWarning: ").append(d));
        return text.toString();
    }

    /** Called with each successful launch, on the FX thread (e.g. to refresh the tables). */
    public void addLaunchListener(Consumer<LaunchResult> listener) {
        launchListeners.add(listener);
    }

    /**
     * At sign-out: forgets the lists, the outcome and the pending token (they belong to the
     * account that signed out). The form stays as typed, except the user data when secrets are
     * to be forgotten, since scripts often carry some.
     */
    /**
     * The session moved to another region: the lookups and a launch waiting for its confirmation
     * belonged to the old one (their ids mean nothing in the new region); the form and the results
     * stay.
     */
    public void regionChanged() {
        lookups.clear();
        pendingSpec = null;
        pendingToken = null;
    }

    public void signedOut(boolean forgetSecrets) {
        lookups.clear();
        clearResults();
        pendingSpec = null;
        pendingToken = null;
        if (forgetSecrets) {
            form.userDataProperty().set("");
        }
    }

    /** The token the next launch of the current form state would carry, if one was made. */
    public Optional<String> pendingToken() {
        return Optional.ofNullable(pendingToken);
    }

    public LaunchForm form() {
        return form;
    }

    public LaunchLookups lookups() {
        return lookups;
    }

    /** A dry run or launch is in flight. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last dry run's, launch's or check's outcome; null before any. */
    public ReadOnlyObjectProperty<LaunchOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** AWS's answers (dry runs, launches, failures) since the last clear, newest first. */
    public ObservableList<LaunchOutcome> results() {
        return resultsView;
    }

    /**
     * What the result pane lists: the current check or work (when it is not itself an answer),
     * then every kept answer, newest first.
     */
    public String resultText() {
        var parts = new ArrayList<String>();
        var now = outcome.get();
        if (now != null && !now.isAnswer() && !now.details().isEmpty()) {
            parts.add(now.details());
        }
        results.forEach(r -> parts.add(r.text()));
        return String.join("\n\n", parts);
    }

    /** The new instance and request ids of every kept launch, newest first, one per line; empty when none. */
    public Optional<String> idsToCopy() {
        var ids = results.stream().flatMap(r -> r.ids().stream()).toList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", ids));
    }
}
