package org.spotspec.ui.requests;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.ui.common.Columns;

/** The Requests table's columns, every one sortable. */
final class RequestColumns {
    private RequestColumns() {
    }

    static void setUp(TableView<SpotRequest> table, ZoneId zone) {
        var created = Columns.time("Created", SpotRequest::created, zone);
        table.getColumns().setAll(List.of(
                Columns.text("Request id", SpotRequest::id, 120),
                Columns.state("State", SpotRequest::state),
                Columns.text("Status code", SpotRequest::statusCode, 190),
                Columns.text("Status message", SpotRequest::statusMessage, 320),
                Columns.text("Type", SpotRequest::type, 85),
                Columns.text("Instance type", SpotRequest::instanceType, 115),
                Columns.text("Max price", SpotRequest::maxPrice, 85),
                Columns.text("AZ", SpotRequest::zone, 95),
                Columns.text("Instance id", SpotRequest::instanceId, 185),
                created,
                Columns.time("Valid until", SpotRequest::validUntil, zone),
                Columns.text("Interruption", SpotRequest::interruptionBehavior, 95),
                Columns.text("Name", SpotRequest::name, 140)));
        table.getColumns().get(6).getStyleClass().add("number-column");
        Columns.newestFirst(table, created);
    }
}
