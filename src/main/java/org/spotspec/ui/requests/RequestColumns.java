package org.spotspec.ui.requests;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.ui.common.ColumnFit;
import org.spotspec.ui.common.Columns;

/** The Requests table's columns, every one sortable. */
final class RequestColumns {
    private RequestColumns() {
    }

    static void setUp(TableView<SpotRequest> table, ZoneId zone) {
        var created = Columns.time("Created", SpotRequest::created, zone);
        table.getColumns().setAll(List.of(
                Columns.id("Request id", SpotRequest::id),
                Columns.state("State", SpotRequest::state),
                // Early, so it is on screen in a narrow window: which region a row is from matters to every action.
                Columns.fitted("Region", SpotRequest::region, 105),
                Columns.fitted("Status code", SpotRequest::statusCode, 190),
                Columns.text("Status message", SpotRequest::statusMessage, 320),
                Columns.fitted("Type", SpotRequest::type, 85),
                Columns.fitted("Instance type", SpotRequest::instanceType, 115),
                Columns.fitted("Max price", SpotRequest::maxPrice, 85),
                Columns.fitted("AZ", SpotRequest::zone, 95),
                Columns.id("Instance id", SpotRequest::instanceId),
                created,
                Columns.time("Valid until", SpotRequest::validUntil, zone),
                Columns.fitted("Interruption", SpotRequest::interruptionBehavior, 95),
                Columns.text("Name", SpotRequest::name, 140)));
        table.getColumns().get(7).getStyleClass().add("number-column");
        Columns.newestFirst(table, created);
        ColumnFit.titles(table);
    }
}
