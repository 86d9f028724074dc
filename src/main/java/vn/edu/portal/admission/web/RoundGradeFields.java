package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.EntryGrade;
import vn.edu.portal.admission.Placement;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The grade settings of the round's set-up form ({@link AdmissionCampaignPage}): the entry grade and how
 * places are given (both fixed once the round exists), and a preschool round's age groups and reference date.
 */
@Named
@RequestScoped
public class RoundGradeFields {

    @Inject
    SiteDirectory directory;

    private EntryGrade entryGrade = EntryGrade.GRADE_1;
    private Placement placement = Placement.APPLICATION;
    private String ageGroups;
    private String ageReference;

    /** The settings as the round holds them (after a save: the age groups as stored, defaults written out). */
    void fill(AdmissionCampaign round) {
        entryGrade = round.getEntryGrade();
        placement = round.getPlacement();
        ageGroups = round.getAgeGroups();
        ageReference = round.getAgeReference() == null ? null : round.getAgeReference().toString();
    }

    public EntryGrade getEntryGrade() { return entryGrade; }
    public void setEntryGrade(EntryGrade v) { entryGrade = v == null ? EntryGrade.GRADE_1 : v; }
    public EntryGrade[] getGrades() { return EntryGrade.values(); }
    public Placement getPlacement() { return placement; }
    public void setPlacement(Placement v) { placement = v == null ? Placement.APPLICATION : v; }
    public Placement[] getPlacements() { return Placement.values(); }
    public String getAgeGroups() { return ageGroups; }
    public void setAgeGroups(String v) { ageGroups = v; }
    public String getAgeReference() { return ageReference; }
    public void setAgeReference(String v) { ageReference = v; }

    /**
     * The schools a round of this grade may take, by name, for the school field's suggestions: the field wants a
     * school's code (its address), which a teacher typing the school's name could not guess.
     */
    public List<SiteInfo> getSchoolChoices() {
        return directory.all().stream().filter(s -> s.isSchool() && s.level() == entryGrade.level)
                .sorted(Comparator.comparing(SiteInfo::name)).toList();
    }
}
