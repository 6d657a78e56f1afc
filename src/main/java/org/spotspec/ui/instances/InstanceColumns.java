package org.spotspec.ui.instances;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.ui.common.Columns;

/** The Instances table's columns, every one sortable. */
final class InstanceColumns {
    private InstanceColumns() {
    }

    static void setUp(TableView<SpotInstance> table, ZoneId zone) {
        var launched = Columns.time("Launched", SpotInstance::launchTime, zone);
        table.getColumns().setAll(List.of(
                Columns.text("Instance id", SpotInstance::id),
                Columns.state("State", SpotInstance::state),
                Columns.text("Type", SpotInstance::instanceType),
                Columns.text("AZ", SpotInstance::zone),
                Columns.text("Public IP", SpotInstance::publicIp),
                Columns.text("Private IP", SpotInstance::privateIp),
                Columns.text("Public DNS", SpotInstance::publicDns),
                Columns.text("Private DNS", SpotInstance::privateDns),
                launched,
                Columns.text("Spot request", SpotInstance::spotRequestId),
                Columns.text("Key", SpotInstance::keyName),
                Columns.text("Name", SpotInstance::name)));
        launched.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(launched));
    }
}
