package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Optional;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.ImageUpload;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.Site;
import vn.edu.portal.tenant.SiteService;

/** A site's identity: name, level, contacts, description, logo, and (department admin) its own domains. */
@Named
@ViewScoped
public class SiteIdentityPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient SiteService sites;

    @Inject
    transient FileStore files;

    @Inject
    transient PortalConfig config;

    @Inject
    transient vn.edu.portal.content.MediaService media;

    private SiteFields fields;
    private String aliases;
    private boolean editorsPublish;
    /** Since when the school is on the portal (department only): what fell due before counts as late. */
    private String joined;
    private transient Part logo;

    @PostConstruct
    void init() {
        Site site = sites.load(shell.staff().siteId());
        fields = SiteFields.of(site);
        aliases = String.join("\n", shell.staff().site().aliases());
        editorsPublish = site.isEditorsPublish();
        joined = site.getCreatedAt() == null ? "" : java.time.LocalDate.ofInstant(site.getCreatedAt(),
                vn.edu.portal.platform.Formats.VIETNAM).toString();
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }

    public boolean isSchool() {
        return shell.staff().site().isSchool();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            sites.updateIdentity(staff.siteId(), fields.toForm(null, null), staff.departmentAdmin(), staff.username(), staff.ip());
            sites.setEditorsPublish(staff.siteId(), editorsPublish, staff.username(), staff.ip());
            if (staff.departmentAdmin()) {
                sites.replaceAliases(staff.siteId(), aliases, staff.username(), staff.ip());
                if (isSchool() && joined != null && !joined.isBlank()) {
                    sites.joinedOn(staff.siteId(), day(joined), staff.username(), staff.ip());
                }
            }
            Texts.info("site.saved");
        } catch (FieldErrors e) {
            Texts.show("identity", e);
        }
    }

    public void uploadLogo() {
        StaffContext staff = shell.staff();
        try {
            long max = config.getLong("portal.upload.logo.max-bytes", 1024 * 1024);
            byte[] data = media.fitLogo(Uploads.read(logo, "logo", Math.max(max, media.photoLimit())));
            ImageUpload.Accepted image = ImageUpload.check("logo", data, max);
            String path = files.store("logos", staff.siteId(), image.extension(), data);
            Optional<String> before = sites.logoFile(staff.siteId()).map(stored -> stored[0]);
            sites.replaceLogo(staff.siteId(), path, image.contentType(), staff.username(), staff.ip());
            before.ifPresent(this::deleteQuietly); // the logo replaced stayed in the storage
            Texts.info("site.logo.saved");
            shell.reopen("thong-tin"); // the page drawn in this request knew the site without its new logo
        } catch (FieldErrors e) {
            Texts.show("logoForm", e);
        }
    }

    public void removeLogo() {
        StaffContext staff = shell.staff();
        Optional<String> removed = sites.removeLogo(staff.siteId(), staff.username(), staff.ip());
        // Its file goes too (it stayed in the storage); a second press, from a page drawn before, is told there is none.
        removed.ifPresent(this::deleteQuietly);
        Texts.info(removed.isPresent() ? "site.logo.removed" : "site.logo.none");
        shell.reopen("thong-tin");
    }

    /** The logo is gone from the site already: a file that cannot be deleted is logged, not shown to the admin. */
    private void deleteQuietly(String file) {
        try {
            files.delete(file);
        } catch (java.io.UncheckedIOException e) {
            java.util.logging.Logger.getLogger(SiteIdentityPage.class.getName()).warning(() -> "Could not delete " + file + ": " + e);
        }
    }

    /** The day typed in a date field (yyyy-MM-dd), or null when it is not one. */
    private static java.time.LocalDate day(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public String getJoined() { return joined; }
    public void setJoined(String joined) { this.joined = joined; }
    public SiteFields getFields() { return fields; }
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }
    public boolean isEditorsPublish() { return editorsPublish; }
    public void setEditorsPublish(boolean editorsPublish) { this.editorsPublish = editorsPublish; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}
