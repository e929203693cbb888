package org.platekeeper.web.console.access;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.access.application.NewUser;
import org.platekeeper.access.application.TrainingCompletion;
import org.platekeeper.access.application.UserAdministration;
import org.platekeeper.access.application.UserView;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.shared.application.BusinessException;

/** The administrator's page for users, roles, training records and locked accounts. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration administration;

    private List<UserView> users;
    private UserView selected;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();

    private List<String> editedRoles = new ArrayList<>();

    private String temporaryPassword;

    private String course;
    private LocalDate completedOn;
    private LocalDate expiresOn;

    @PostConstruct
    void load() {
        users = administration.users();
    }

    public void create() {
        act(() -> administration.create(new NewUser(newUsername, newDisplayName, newPassword, roles(newRoles))),
                "User created");
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        newRoles = new ArrayList<>();
    }

    public void select(UserView user) {
        selected = user;
        editedRoles = user.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        course = null;
        completedOn = LocalDate.now();
        expiresOn = LocalDate.now().plusYears(1);
    }

    public void saveRoles() {
        act(() -> administration.assignRoles(selected.username(), roles(editedRoles)), "Roles saved");
    }

    public void recordTraining() {
        act(() -> administration.recordTraining(selected.username(),
                new TrainingCompletion(course, completedOn, expiresOn)), "Training recorded");
    }

    public void resetSecondFactor() {
        act(() -> administration.resetSecondFactor(selected.username()), "Two-step sign-in turned off");
    }

    public void resetPassword() {
        act(() -> administration.resetPassword(selected.username(), temporaryPassword),
                "Password reset: the user must change it at the next sign-in");
        temporaryPassword = null;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public void unlock(UserView user) {
        act(() -> administration.unlock(user.username()), "Account unlocked");
    }

    public void disable(UserView user) {
        act(() -> administration.disable(user.username()), "Account disabled");
    }

    public void enable(UserView user) {
        act(() -> administration.enable(user.username()), "Account enabled");
    }

    /** Role names as the page posts them; an unknown name cannot come from the page's own list. */
    private static Set<Role> roles(List<String> chosen) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        chosen.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private void act(Supplier<UserView> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            UserView changed = action.get();
            selected = changed;
            users = administration.users();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, changed.username()));
        } catch (BusinessException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        } catch (EJBException failed) {
            String message = failed.getCause() instanceof jakarta.validation.ConstraintViolationException invalid
                    ? invalid.getConstraintViolations().iterator().next().getMessage() : "The change failed.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            faces.validationFailed();
        }
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<UserView> getUsers() {
        return users;
    }

    public UserView getSelected() {
        return selected;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
