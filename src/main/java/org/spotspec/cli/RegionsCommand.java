package org.spotspec.cli;

import java.util.List;
import org.spotspec.aws.SignInValidation;

/**
 * A command over several regions at once ({@code requests}, {@code instances}, {@code watch}):
 * {@code --region} repeated or comma-separated, each checked before any request, the sign-in's own
 * region when none is given.
 */
abstract class RegionsCommand extends AwsCommand {
    /** The regions to work on, known once sign-in is planned. */
    List<String> regions = List.of();

    RegionsCommand(CliContext context) {
        super(context);
    }

    @Override
    final boolean multiRegion() {
        return true;
    }

    @Override
    void planned(SignIn.Plan plan) {
        regions = regions(plan);
    }

    /** Checks each {@code --region} with the app's rules; throws a usage error naming the option. */
    void checkRegions() {
        common.regions.forEach(r -> SignIn.check("--region", SignInValidation.region(r)));
    }
}
