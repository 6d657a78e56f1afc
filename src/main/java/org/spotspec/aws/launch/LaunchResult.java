package org.spotspec.aws.launch;

import java.util.List;

/**
 * What a launch created. RunInstances answers with instances at once (each with its spot
 * request); RequestSpotInstances answers with open requests whose instances come later.
 *
 * @param reservationId RunInstances' reservation, {@code ""} for RequestSpotInstances
 * @param requests      the spot requests, each with its state and status code as EC2 gave them
 * @param clientToken   the idempotency token the launch carried
 */
public record LaunchResult(LaunchSpec.Method method, String reservationId, List<String> instanceIds,
                           List<SpotRequest> requests, String clientToken) {

    /** A spot request as the launch answer described it; {@code ""} where EC2 said nothing. */
    public record SpotRequest(String id, String state, String statusCode, String instanceId) {
    }

    public LaunchResult {
        instanceIds = List.copyOf(instanceIds);
        requests = List.copyOf(requests);
    }

    public List<String> requestIds() {
        return requests.stream().map(SpotRequest::id).filter(id -> !id.isEmpty()).toList();
    }

    /** One line for the log and the result pane's heading. */
    public String summary() {
        if (method == LaunchSpec.Method.RUN_INSTANCES) {
            return "Launched " + instanceIds.size() + " spot instance" + (instanceIds.size() == 1 ? "" : "s")
                    + (reservationId.isEmpty() ? "" : " (reservation " + reservationId + ")");
        }
        return "Requested " + requests.size() + " spot instance" + (requests.size() == 1 ? "" : "s")
                + "; EC2 launches them when the request is fulfilled";
    }
}
