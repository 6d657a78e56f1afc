package org.spotspec.model.sso;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoLoginSteps;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoRole;
import org.spotspec.tasks.TaskRunner;

/**
 * The account and role chooser of an IAM Identity Center profile that names neither (as Leapp
 * offers): the accounts the user may use (ListAccounts), filtered as typed, then the chosen
 * account's roles (ListAccountRoles). A single account or role is chosen for the user.
 */
public final class SsoRoleChooserModel {
    private final TaskRunner tasks;
    private final SsoLoginSteps steps;
    private final ObservableList<SsoPortal.Account> accounts = FXCollections.observableArrayList();
    private final FilteredList<SsoPortal.Account> shownAccounts = new FilteredList<>(accounts);
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SsoPortal.Account> account = new SimpleObjectProperty<>();
    private final StringProperty role = new SimpleStringProperty();
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final BooleanBinding canChoose = account.isNotNull().and(role.isNotNull()).and(role.isNotEmpty());
    private SsoProfile profile;
    private SignInRequest request;
    private Optional<SsoRole> preselected = Optional.empty();
    private Consumer<SsoRole> onChosen = r -> { };
    private Runnable onCancelled = () -> { };
    /** Bumped at each account change: roles of an account no longer chosen are dropped. */
    private int generation;

    public SsoRoleChooserModel(TaskRunner tasks, SsoLoginSteps steps) {
        this.tasks = tasks;
        this.steps = steps;
        filter.addListener((obs, old, text) -> shownAccounts.setPredicate(a -> matches(a, text)));
        account.addListener((obs, old, chosen) -> loadRoles(chosen));
    }

    /** Lists the accounts of {@code profile}'s login; {@code preselect} (a remembered choice) is chosen if listed. */
    public void open(SsoProfile profile, SignInRequest request, Optional<SsoRole> preselect,
                     Consumer<SsoRole> onChosen, Runnable onCancelled) {
        this.profile = profile;
        this.request = request;
        this.preselected = preselect;
        this.onChosen = onChosen;
        this.onCancelled = onCancelled;
        generation++;
        account.set(null);
        accounts.clear();
        roles.clear();
        filter.set("");
        title.set("Choose the account and role for profile " + profile.profile() + " (" + profile.startUrl() + ")");
        active.set(true);
        loading.set(true);
        status.set("Listing the accounts you may use…");
        tasks.task("List IAM Identity Center accounts", () -> steps.accounts(profile, request))
                .onSuccess(list -> {
                    loading.set(false);
                    accounts.setAll(list);
                    status.set(list.isEmpty() ? "IAM Identity Center lists no account for you: ask your administrator "
                            + "for an assignment." : list.size() + (list.size() == 1 ? " account." : " accounts."));
                    var pick = list.size() == 1 ? Optional.of(list.get(0)) : preselect.flatMap(p -> list.stream()
                            .filter(a -> a.id().equals(p.accountId())).findFirst());
                    pick.ifPresent(account::set);
                })
                .onFailure(this::failed)
                .start();
    }

    private void loadRoles(SsoPortal.Account chosen) {
        int mine = ++generation;
        roles.clear();
        role.set(null);
        if (chosen == null) {
            return;
        }
        loading.set(true);
        status.set("Listing your roles in " + label(chosen) + "…");
        tasks.task("List IAM Identity Center roles", () -> steps.roles(profile, request, chosen.id()))
                .onSuccess(list -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    roles.setAll(list);
                    status.set(list.isEmpty() ? "You have no role in " + label(chosen) + "." : list.size()
                            + (list.size() == 1 ? " role" : " roles") + " in " + label(chosen) + ".");
                    var pick = list.size() == 1 ? Optional.of(list.get(0)) : preselected
                            .filter(p -> p.accountId().equals(chosen.id())).map(SsoRole::roleName).filter(list::contains);
                    pick.ifPresent(role::set);
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        failed(failure);
                    }
                })
                .start();
    }

    private void failed(Throwable failure) {
        loading.set(false);
        var problem = ErrorTranslator.translate("List accounts and roles", failure);
        status.set(problem.headline() + " " + problem.nextStep());
    }

    /** Signs in with the chosen account and role; false when none is chosen yet. */
    public boolean choose() {
        if (!canChoose.get()) {
            return false;
        }
        active.set(false);
        onChosen.accept(new SsoRole(account.get().id(), role.get()));
        return true;
    }

    public void cancel() {
        generation++;
        active.set(false);
        onCancelled.run();
    }

    /** How an account reads in the status line: name, id and e-mail. */
    public static String label(SsoPortal.Account a) {
        return name(a) + (a.email().isEmpty() ? "" : " · " + a.email());
    }

    /** How an account reads in the list: name and id, the e-mail on a second line (long ones fit). */
    public static String listLabel(SsoPortal.Account a) {
        return name(a) + (a.email().isEmpty() ? "" : "\n" + a.email());
    }

    private static String name(SsoPortal.Account a) {
        return a.name().isEmpty() ? a.id() : a.name() + " (" + a.id() + ")";
    }

    private static boolean matches(SsoPortal.Account a, String text) {
        var t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() || (a.id() + " " + a.name() + " " + a.email()).toLowerCase(Locale.ROOT).contains(t);
    }

    public ObservableList<SsoPortal.Account> accounts() {
        return shownAccounts;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SsoPortal.Account> accountProperty() {
        return account;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /** "Remember this choice for the profile" (on by default; kept in SpotSpec's settings). */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    public BooleanBinding canChooseProperty() {
        return canChoose;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
