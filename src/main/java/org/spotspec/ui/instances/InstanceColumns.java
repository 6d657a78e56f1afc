package org.spotspec.ui.instances;

import java.time.ZoneId;
import java.util.List;
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
                Columns.text("Instance id", SpotInstance::id, 185),
                Columns.state("State", SpotInstance::state),
                Columns.text("Type", SpotInstance::instanceType, 100),
                Columns.text("AZ", SpotInstance::zone, 95),
                Columns.text("Public IP", SpotInstance::publicIp, 115),
                Columns.text("Private IP", SpotInstance::privateIp, 105),
                Columns.text("Public DNS", SpotInstance::publicDns, 300),
                Columns.text("Private DNS", SpotInstance::privateDns, 260),
                launched,
                Columns.text("Spot request", SpotInstance::spotRequestId, 120),
                Columns.text("Key", SpotInstance::keyName, 110),
                Columns.text("Name", SpotInstance::name, 140)));
        Columns.newestFirst(table, launched);
    }
}
