package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.portal.platform.PortalEntity;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * One item a school must disclose under a legal basis: its group (1–5), the school levels (and
 * ownerships) it applies to, the articles it comes from ({@link Citation}), its kind and its
 * deadline rule (a day of the year, counted from the school year's first calendar year, and the
 * working days allowed for an update after a change), with where that rule comes from.
 */
@Entity
@Table(name = "disclosure_item")
public class CatalogueItem extends PortalEntity {

    @Column(name = "basis_code")
    private String basisCode;
    @Column(name = "group_no")
    private int groupNo;
    private String code;
    private String title;
    private String levels;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "table_kind")
    private TableKind tableKind;
    @Column(name = "deadline_month")
    private int deadlineMonth;
    @Column(name = "deadline_day")
    private int deadlineDay;
    @Column(name = "deadline_year_offset")
    private int deadlineYearOffset;
    @Column(name = "update_days")
    private int updateDays;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;
    private String ownerships;
    @Column(name = "deadline_source")
    private String deadlineSource;

    protected CatalogueItem() {
    }

    /** An item not from the database (the catalogue is seeded by the migration). */
    CatalogueItem(String basisCode, int groupNo, String code, String levels, ItemKind kind, int deadlineMonth,
                  int deadlineDay, int deadlineYearOffset, int updateDays) {
        this.basisCode = basisCode;
        this.groupNo = groupNo;
        this.code = code;
        this.title = code;
        this.levels = levels;
        this.kind = kind;
        this.deadlineMonth = deadlineMonth;
        this.deadlineDay = deadlineDay;
        this.deadlineYearOffset = deadlineYearOffset;
        this.updateDays = updateDays;
        this.active = true;
        this.ownerships = "PUBLIC,PRIVATE";
    }

    public Set<SchoolLevel> levelSet() {
        Set<SchoolLevel> set = EnumSet.noneOf(SchoolLevel.class);
        Arrays.stream(levels.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(SchoolLevel::valueOf)
                .forEach(set::add);
        return set;
    }

    public boolean appliesTo(SchoolLevel level) {
        return level != null && levelSet().contains(level);
    }

    /** Whether a school of this level and ownership publishes the item (investors: private schools only). */
    public boolean appliesTo(SchoolLevel level, Ownership ownership) {
        return appliesTo(level) && (ownerships == null || ownership == null
                || Arrays.stream(ownerships.split(",")).map(String::strip).anyMatch(ownership.name()::equals));
    }

    /**
     * The day by which the item must be published for the school year starting in {@code startYear}.
     * A deadline of 29/02 (the catalogue takes any day a leap year has) is the 28th in other years:
     * it failed there, and every disclosure page with it.
     */
    public LocalDate deadline(int startYear) {
        java.time.YearMonth month = java.time.YearMonth.of(startYear + deadlineYearOffset, deadlineMonth);
        return month.atDay(Math.min(deadlineDay, month.lengthOfMonth()));
    }

    void edit(String title, Set<SchoolLevel> levels, int deadlineMonth, int deadlineDay, int deadlineYearOffset,
              int updateDays, boolean active, String deadlineSource) {
        this.deadlineSource = deadlineSource;
        this.title = title;
        this.levels = levels.stream().map(Enum::name).collect(Collectors.joining(","));
        this.deadlineMonth = deadlineMonth;
        this.deadlineDay = deadlineDay;
        this.deadlineYearOffset = deadlineYearOffset;
        this.updateDays = updateDays;
        this.active = active;
    }

    public String getBasisCode() { return basisCode; }
    public int getGroupNo() { return groupNo; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getLevels() { return levels; }
    public ItemKind getKind() { return kind; }
    public TableKind getTableKind() { return tableKind; }
    public int getDeadlineMonth() { return deadlineMonth; }
    public int getDeadlineDay() { return deadlineDay; }
    public int getDeadlineYearOffset() { return deadlineYearOffset; }
    public int getUpdateDays() { return updateDays; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public String getOwnerships() { return ownerships; }
    /** Where the deadline rule comes from; null: a setting of the department. */
    public String getDeadlineSource() { return deadlineSource; }
}
