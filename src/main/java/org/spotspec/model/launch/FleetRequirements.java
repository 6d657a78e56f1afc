package org.spotspec.model.launch;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.launch.TypeRequirements;

/**
 * "From requirements…": vCPUs and memory (GiB, as people size machines) that EC2 turns into
 * instance types with GetInstanceTypesFromInstanceRequirements. The preview's types are offered,
 * not added: the user adds them to the fleet's types when they look right.
 */
public final class FleetRequirements {
    private static final int MIB_PER_GIB = 1024;
    private final StringProperty vcpuMin = new SimpleStringProperty("2");
    private final StringProperty vcpuMax = new SimpleStringProperty("");
    private final StringProperty memoryMin = new SimpleStringProperty("4");
    private final StringProperty memoryMax = new SimpleStringProperty("");
    private final StringBinding error = Bindings.createStringBinding(this::problem, vcpuMin, vcpuMax, memoryMin,
            memoryMax);
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final ObservableList<String> foundView = FXCollections.unmodifiableObservableList(found);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** "" when the four fields make sound requirements, else what to correct. */
    public String problem() {
        var vMin = whole(vcpuMin.get(), false);
        var vMax = whole(vcpuMax.get(), true);
        var mMin = whole(memoryMin.get(), false);
        var mMax = whole(memoryMax.get(), true);
        if (vMin == null || vMax == null) {
            return "vCPUs: whole numbers, the maximum may be empty (no maximum).";
        }
        if (mMin == null || mMax == null) {
            return "Memory: whole GiB, the maximum may be empty (no maximum).";
        }
        if (vMax > 0 && vMax < vMin) {
            return "The vCPU maximum is below the minimum.";
        }
        return mMax > 0 && mMax < mMin ? "The memory maximum is below the minimum." : "";
    }

    /** Call only when {@link #problem()} is "". The architecture is the AMI's, filled in later. */
    public TypeRequirements toRequirements() {
        return new TypeRequirements(whole(vcpuMin.get(), false), whole(vcpuMax.get(), true),
                whole(memoryMin.get(), false) * MIB_PER_GIB, whole(memoryMax.get(), true) * MIB_PER_GIB, "");
    }

    /** A whole number ≥ 0; "" is 0 when {@code optional}; null when unusable. */
    private static Integer whole(String text, boolean optional) {
        var t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return optional ? 0 : null;
        }
        try {
            int n = Integer.parseInt(t);
            return n < 0 || n > 100_000 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void showing(String text) {
        status.set(text);
    }

    void found(List<String> types) {
        found.setAll(types);
        status.set(types.isEmpty() ? "No instance type in this region meets these requirements."
                : types.size() + " type" + (types.size() == 1 ? "" : "s") + " match: " + String.join(", ", types));
    }

    void failed(String text) {
        found.clear();
        status.set(text);
    }

    public StringProperty vcpuMinProperty() {
        return vcpuMin;
    }

    public StringProperty vcpuMaxProperty() {
        return vcpuMax;
    }

    public StringProperty memoryMinProperty() {
        return memoryMin;
    }

    public StringProperty memoryMaxProperty() {
        return memoryMax;
    }

    public StringBinding errorProperty() {
        return error;
    }

    /** The last preview's types (empty before one, or when it failed). */
    public ObservableList<String> found() {
        return foundView;
    }

    /** What the last preview found, or why it found nothing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
