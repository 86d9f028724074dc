package vn.edu.portal.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.Account;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Role;
import vn.edu.portal.security.SiteRole;

/**
 * The staff accounts of one site. A school admin sees and changes only the accounts working for
 * his school; accounts shared with other sites can lose this site's roles but not be disabled here.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    /** One account as the table shows it. */
    public record Row(long id, String username, String fullName, String email, boolean active,
                      Set<Role> roles, boolean sharedWithOtherSites) {
        public long getId() { return id; }
        public String getUsername() { return username; }
        public String getFullName() { return fullName; }
        public String getEmail() { return email; }
        public boolean isActive() { return active; }
        public Set<Role> getRoles() { return roles; }
        public boolean isShared() { return sharedWithOtherSites; }
    }

    @Inject
    transient AdminShell shell;

    @Inject
    transient AccountService accounts;

    private String username;
    private String fullName;
    private String email;
    private String password;
    private Role role;
    private Long resetAccountId;
    private String newPassword;
    private Long grantAccountId;
    private Role grantRole;

    @PostConstruct
    void init() {
        role = Role.EDITOR;
    }

    /** The accounts as drawn: a role's ✕ takes the role of the account the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<Row> getRows() {
        return rows.get(this::readRows);
    }

    private final vn.edu.portal.platform.AsDrawn<Row> rows = new vn.edu.portal.platform.AsDrawn<>();

    private List<Row> readRows() {
        long siteId = shell.staff().siteId();
        Map<Long, Set<Role>> roles = accounts.rolesOfSite(siteId).stream()
                .collect(Collectors.groupingBy(SiteRole::getAccountId,
                        Collectors.mapping(SiteRole::getRole, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        Set<Long> shared = accounts.sharedWithOtherSites(roles.keySet());
        return accounts.accounts(List.copyOf(roles.keySet())).stream()
                .map(a -> new Row(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.isActive(),
                        roles.get(a.getId()), shared.contains(a.getId())))
                .toList();
    }

    /** The accounts whose password may be reset here: every one but one's own (changed on the password page). */
    public List<Row> getOthersRows() {
        long self = shell.staff().accountId();
        return getRows().stream().filter(row -> row.id() != self).toList();
    }

    /** Roles that may be granted here: department roles on the department's site, school roles elsewhere. */
    public List<Role> getAssignableRoles() {
        return List.copyOf(assignable());
    }

    private Set<Role> assignable() {
        StaffContext staff = shell.staff();
        if (staff.site().isDepartment()) {
            return staff.departmentAdmin() ? EnumSet.of(Role.DEPARTMENT_ADMIN, Role.APPROVER, Role.EDITOR, Role.HANDLER)
                    : EnumSet.noneOf(Role.class);
        }
        return EnumSet.of(Role.SCHOOL_ADMIN, Role.APPROVER, Role.EDITOR, Role.HANDLER);
    }

    public void create() {
        StaffContext staff = shell.staff();
        try {
            Account created = accounts.createForColleague(staff.siteId(),
                    new AccountService.NewAccount(username, fullName, email, password, role),
                    assignable(), staff.username(), staff.ip());
            Texts.info("account.created", created.getUsername());
            username = null;
            fullName = null;
            email = null;
            role = Role.EDITOR;
        } catch (FieldErrors e) {
            Texts.show("create", e);
        }
        password = null;
    }

    public void grant() {
        StaffContext staff = shell.staff();
        try {
            if (grantAccountId == null || grantRole == null) {
                throw FieldErrors.of("grantRole", "validation.required");
            }
            accounts.grant(staff.siteId(), grantAccountId, grantRole, assignable(), staff.username(), staff.ip());
            Texts.info("account.saved");
        } catch (FieldErrors e) {
            Texts.show("grant", e);
        }
    }

    public void revoke(long accountId, Role revoked) {
        StaffContext staff = shell.staff();
        if (accountId == staff.accountId() && (revoked == Role.SCHOOL_ADMIN || revoked == Role.DEPARTMENT_ADMIN)) {
            Texts.error("account.cannotRevokeSelf");
            return;
        }
        try {
            accounts.revoke(staff.siteId(), accountId, revoked, staff.username(), staff.ip());
            Texts.info("account.saved");
        } catch (FieldErrors e) {
            e.errors().values().forEach(error -> Texts.error(error.key(), error.args()));
        }
    }

    public void toggleActive(Row row) {
        StaffContext staff = shell.staff();
        if (row.id() == staff.accountId()) {
            Texts.error("account.cannotDisableSelf");
            return;
        }
        try {
            accounts.setActive(staff.siteId(), row.id(), !row.active(), staff.username(), staff.ip());
            Texts.info("account.saved");
        } catch (FieldErrors e) {
            Texts.show("accounts", e);
        }
    }

    public void resetPassword() {
        StaffContext staff = shell.staff();
        try {
            if (resetAccountId == null) {
                throw FieldErrors.of("resetAccount", "validation.required");
            }
            accounts.resetPassword(staff.siteId(), resetAccountId, newPassword, staff.username(), staff.ip());
            Texts.info("account.passwordReset");
            resetAccountId = null;
        } catch (FieldErrors e) {
            Texts.show("reset", e.errors().containsKey("account")
                    ? FieldErrors.of("resetAccount", "account.sharedWithOtherSites") : e);
        }
        newPassword = null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getResetAccountId() { return resetAccountId; }
    public void setResetAccountId(Long resetAccountId) { this.resetAccountId = resetAccountId; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Long getGrantAccountId() { return grantAccountId; }
    public void setGrantAccountId(Long grantAccountId) { this.grantAccountId = grantAccountId; }
    public Role getGrantRole() { return grantRole; }
    public void setGrantRole(Role grantRole) { this.grantRole = grantRole; }
}
