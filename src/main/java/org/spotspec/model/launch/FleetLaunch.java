package org.spotspec.model.launch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.launch.FleetResult;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.FleetTemplate;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;

/**
 * The Launch tab's EC2 Fleet (instant) way: validation, the dry run, the launch (template, then
 * fleet) and the types-from-requirements preview. It shares {@link LaunchModel}'s busy flag, result
 * pane and launch listeners, so every way reads and refreshes the same.
 *
 * <p>Idempotency as in {@link LaunchModel}: one ClientToken per form state, reused by every retry
 * until it succeeds; it goes on CreateLaunchTemplate and CreateFleet alike, so a retry after the
 * template was made reuses that template.
 */
public final class FleetLaunch {
    private final AwsCalls calls;
    private final FleetService service;
    private final SessionState session;
    private final ActivityLog log;
    private final LaunchModel launch;
    private final FleetForm form;
    private final Supplier<String> tokens;
    private final List<Consumer<FleetSpec>> capacityListeners = new CopyOnWriteArrayList<>();
    private FleetSpec pendingSpec;
    private String pendingToken;

    public FleetLaunch(AwsCalls calls, FleetService service, SessionState session, ActivityLog log,
                       LaunchModel launch, FleetForm form) {
        this(calls, service, session, log, launch, form, () -> UUID.randomUUID().toString());
    }

    /** @param tokens makes a new ClientToken (tests pass a predictable one) */
    public FleetLaunch(AwsCalls calls, FleetService service, SessionState session, ActivityLog log,
                       LaunchModel launch, FleetForm form, Supplier<String> tokens) {
        this.calls = calls;
        this.service = service;
        this.session = session;
        this.log = log;
        this.launch = launch;
        this.form = form;
        this.tokens = tokens;
    }

    /** The fleet the form describes, for the confirmation; when unsound, marks the fields and sends nothing. */
    public Optional<FleetSpec> prepare() {
        form.revealAllErrors();
        var problems = form.problems();
        if (!problems.isEmpty()) {
            launch.show(LaunchOutcome.invalid(problems));
            return Optional.empty();
        }
        return Optional.of(form.toSpec());
    }

    /** Asks EC2 whether the fleet would be allowed; creates nothing, not even the template. */
    public void dryRun() {
        var spec = prepare();
        if (spec.isEmpty() || !launch.start(LaunchOutcome.working("Asking EC2 (fleet dry run)…"))) {
            return;
        }
        calls.run("Validate fleet launch (dry run)", s -> service.dryRun(s, spec.get()), checks -> {
            var outcome = FleetOutcomes.dryRun(checks);
            log.info(outcome.headline());
            launch.finish(outcome);
        }, this::failed);
    }

    /** Creates the template (unless the form names one), then the fleet; after the user confirmed {@code spec}. */
    public void launch(FleetSpec spec) {
        var token = tokenFor(spec);
        if (!launch.start(LaunchOutcome.working(spec.createsTemplate() ? "Creating the launch template…"
                : "Launching the fleet…"))) {
            return;
        }
        calls.run("Create launch template", s -> service.createTemplate(s, spec, token),
                template -> createFleet(spec, template, token), this::failed);
    }

    private void createFleet(FleetSpec spec, FleetTemplate template, String token) {
        if (template.created()) {
            log.info("Created launch template " + template.label());
            launch.show(LaunchOutcome.working("Launch template " + template.label() + " ready; launching the fleet…"));
        }
        calls.run("Launch EC2 Fleet", s -> service.createFleet(s, spec, template, token), this::launched,
                problem -> {
                    log.problem(problem);
                    launch.finish(template.created() ? FleetOutcomes.fleetFailed(problem, template)
                            : LaunchOutcome.failed(problem));
                });
    }

    private void launched(FleetResult result) {
        var spec = pendingSpec;
        pendingSpec = null;
        pendingToken = null;
        log.info(result.summary());
        launch.finish(FleetOutcomes.launched(result, launch.lookups()::zoneOf));
        if (!result.instanceIds().isEmpty()) {
            // The tables' listeners want only "something launched": the fleet's ids in a launch's shape.
            launch.launched(new LaunchResult(LaunchSpec.Method.RUN_INSTANCES, "", result.instanceIds(), List.of(),
                    result.clientToken()));
        } else if (!result.errors().isEmpty() && result.errors().stream().allMatch(FleetResult.PoolError::isCapacity)) {
            capacityListeners.forEach(l -> l.accept(spec));
        }
    }

    private String tokenFor(FleetSpec spec) {
        if (pendingToken == null || !spec.equals(pendingSpec)) {
            pendingSpec = spec;
            pendingToken = tokens.get();
        }
        return pendingToken;
    }

    private void failed(AwsProblem problem) {
        log.problem(problem);
        launch.finish(LaunchOutcome.failed(problem));
    }

    /** "From requirements…" → Preview: the region's types that meet them, for the user to add. */
    public void previewTypes() {
        var requirements = form.requirements();
        var problem = requirements.problem();
        if (!problem.isEmpty()) {
            requirements.failed(problem);
            return;
        }
        var wanted = requirements.toRequirements();
        var image = form.base().imageIdProperty().get().trim();
        requirements.showing("Asking EC2 for the types that meet these requirements…");
        calls.run("Find instance types from requirements", s -> service.typesFromRequirements(s,
                        wanted.withArchitecture(architecture(s, image))), requirements::found,
                p -> requirements.failed("Could not list the types (" + p.code() + "): " + p.meaning()));
    }

    /** The AMI's architecture, so an x86 AMI is not offered Graviton types; x86_64 without a usable AMI. */
    private String architecture(AwsSession s, String image) {
        return image.isEmpty() || !LaunchValidation.imageId(image).isEmpty() ? "" : service.architecture(s, image);
    }

    /** Adds every previewed type to the fleet's types. */
    public void addPreviewedTypes() {
        form.addTypes(form.requirements().found());
    }

    /** What the confirmation lists: every pool, the capacity, the strategy and the template to be made. */
    public String summary(FleetSpec spec) {
        var current = session.current();
        var text = new StringBuilder()
                .append(spec.targetCapacity()).append(" instance").append(spec.targetCapacity() == 1 ? "" : "s")
                .append(spec.onDemandBase() == 0 ? ", all spot" : ", of which " + spec.onDemandBase() + " on-demand")
                .append('\n').append("Strategy: ").append(spec.strategy().wire()).append('\n')
                .append("Max price: ").append(spec.hasMaxPrice() ? "$" + spec.maxPrice() + " per hour"
                        : "spot price, capped at on-demand").append('\n')
                .append("Region: ").append(current.map(s -> s.region().id()).orElse("?")).append(", account ")
                .append(current.map(s -> s.identity().account()).orElse("?")).append('\n')
                .append("Pools (").append(spec.pools().size()).append(" = types × ")
                .append(spec.subnetIds().isEmpty() ? "zones" : "subnets").append("):\n");
        spec.pools().forEach(p -> text.append("  ").append(p.label()).append('\n'));
        text.append(spec.createsTemplate() ? "A launch template named spotspec-… will be created from AMI "
                + spec.imageId() + " and kept (tagged spotspec:created-by=spotspec) so you can find or delete it."
                : "Launch template: " + spec.launchTemplate() + " version " + spec.templateVersion() + " (yours).");
        text.append('\n').append("Via: ").append(spec.createsTemplate() ? "CreateLaunchTemplate, " : "")
                .append("CreateFleet (type instant)");
        return text.toString();
    }

    /** Called on the FX thread when a fleet launched nothing because every pool lacked capacity. */
    public void addCapacityFailureListener(Consumer<FleetSpec> listener) {
        capacityListeners.add(listener);
    }

    public FleetForm form() {
        return form;
    }

    public LaunchModel launchModel() {
        return launch;
    }
}
