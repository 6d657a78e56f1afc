package org.spotspec.ui.instances;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.ui.common.ColumnFit;
import org.spotspec.ui.common.Columns;

/** The Instances table's columns, every one sortable. */
final class InstanceColumns {
    private InstanceColumns() {
    }

    static void setUp(TableView<SpotInstance> table, ZoneId zone) {
        var launched = Columns.time("Launched", SpotInstance::launchTime, zone);
        table.getColumns().setAll(List.of(
                Columns.id("Instance id", SpotInstance::id),
                Columns.state("State", SpotInstance::state),
                Columns.fitted("Type", SpotInstance::instanceType, 100),
                Columns.fitted("Region", SpotInstance::region, 105),
                Columns.fitted("AZ", SpotInstance::zone, 95),
                Columns.fitted("Public IP", SpotInstance::publicIp, 115),
                Columns.fitted("Private IP", SpotInstance::privateIp, 105),
                Columns.fitted("Public DNS", SpotInstance::publicDns, 300),
                Columns.fitted("Private DNS", SpotInstance::privateDns, 260),
                launched,
                Columns.id("Spot request", SpotInstance::spotRequestId),
                Columns.fitted("Key", SpotInstance::keyName, 110),
                Columns.text("Name", SpotInstance::name, 140)));
        Columns.newestFirst(table, launched);
        ColumnFit.titles(table);
    }
}
