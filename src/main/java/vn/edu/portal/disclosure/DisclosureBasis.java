package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.edu.portal.platform.PortalEntity;

/** A legal basis of the catalogue (a circular) and the school years it governs. */
@Entity
@Table(name = "disclosure_basis")
public class DisclosureBasis extends PortalEntity {

    private String code;
    private String title;
    @Column(name = "from_year")
    private int fromYear;
    @Column(name = "to_year")
    private Integer toYear;

    protected DisclosureBasis() {
    }

    public boolean governs(int startYear) {
        return startYear >= fromYear && (toYear == null || startYear <= toYear);
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getFromYear() { return fromYear; }
    public Integer getToYear() { return toYear; }
}
