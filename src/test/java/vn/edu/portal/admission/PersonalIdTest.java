package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.PersonalId.Problem;

class PersonalIdTest {

    private static final LocalDate BORN_2020 = LocalDate.of(2020, 3, 14);

    @Test
    void acceptsABoyAndAGirlBornIn2020() {
        assertTrue(PersonalId.check("079220001234", BORN_2020, Sex.MALE).isEmpty());
        assertTrue(PersonalId.check("001320004567", BORN_2020, Sex.FEMALE).isEmpty());
    }

    @Test
    void acceptsThe1900sWithDigitsZeroAndOne() {
        assertTrue(PersonalId.check("079085000001", LocalDate.of(1985, 1, 1), Sex.MALE).isEmpty());
        assertTrue(PersonalId.check("079199000001", LocalDate.of(1999, 12, 31), Sex.FEMALE).isEmpty());
        assertEquals(1985, PersonalId.encodedYear("079085000001"));
        assertEquals(2000, PersonalId.encodedYear("079200000001"));
        assertEquals(2120, PersonalId.encodedYear("079420000001"));
    }

    @Test
    void acceptsSpacesAndDotsBetweenGroups() {
        assertTrue(PersonalId.check(" 079 2 20 001234 ", BORN_2020, Sex.MALE).isEmpty());
        assertTrue(PersonalId.check("079.220.001.234", BORN_2020, Sex.MALE).isEmpty());
    }

    @Test
    void refusesWrongLengthLettersAndEmpty() {
        assertEquals(List.of(Problem.FORMAT), PersonalId.check("07922000123", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.FORMAT), PersonalId.check("0792200012345", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.FORMAT), PersonalId.check("07922000123A", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.FORMAT), PersonalId.check("", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.FORMAT), PersonalId.check(null, BORN_2020, Sex.MALE));
    }

    @Test
    void acceptsACountryCodeForABirthRegisteredAbroad() {
        assertEquals(List.of(), PersonalId.check("703220001234", BORN_2020, Sex.MALE));
        assertTrue(PersonalId.registeredAbroad("703220001234"));
        assertFalse(PersonalId.registeredAbroad("079220001234"));
        assertEquals(List.of(Problem.PROVINCE), PersonalId.check("000220001234", BORN_2020, Sex.MALE));
    }

    @Test
    void whereTheDepartmentListsCountryCodesOnlyThoseAreAccepted() {
        Set<String> countries = Set.of("703", "840");
        assertEquals(List.of(), PersonalId.check("840220001234", BORN_2020, Sex.MALE, countries));
        assertEquals(List.of(), PersonalId.check("079220001234", BORN_2020, Sex.MALE, countries));
        assertEquals(List.of(Problem.PROVINCE), PersonalId.check("003220001234", BORN_2020, Sex.MALE, countries));
        assertEquals(List.of(Problem.PROVINCE), PersonalId.check("097220001234", BORN_2020, Sex.MALE, countries));
    }

    @Test
    void refusesAYearThatDisagreesWithTheDateOfBirth() {
        assertEquals(List.of(Problem.YEAR), PersonalId.check("079219001234", BORN_2020, Sex.MALE));
        // Right two digits, wrong century: 1920, not 2020.
        assertEquals(List.of(Problem.YEAR), PersonalId.check("079020001234", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.YEAR), PersonalId.check("079120001234", BORN_2020, Sex.FEMALE));
    }

    @Test
    void refusesASexThatDisagrees() {
        assertEquals(List.of(Problem.SEX), PersonalId.check("079320001234", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.SEX), PersonalId.check("079220001234", BORN_2020, Sex.FEMALE));
        assertEquals(List.of(Problem.SEX), PersonalId.check("079085000001", LocalDate.of(1985, 1, 1), Sex.FEMALE));
    }

    @Test
    void reportsEveryDisagreementAtOnce() {
        assertEquals(List.of(Problem.PROVINCE, Problem.YEAR, Problem.SEX),
                PersonalId.check("099319001234", BORN_2020, Sex.MALE, Set.of("840")));
    }

    @Test
    void refusesCenturyDigitsBeyondTheTwentySecondCentury() {
        assertEquals(List.of(Problem.CENTURY), PersonalId.check("079620001234", BORN_2020, Sex.MALE));
        assertEquals(List.of(Problem.CENTURY), PersonalId.check("079920001234", BORN_2020, Sex.MALE));
        assertEquals(0, PersonalId.encodedYear("079920001234"));
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        assertEquals("1234", PersonalId.lastFour("079 220 001 234"));
        assertEquals("****", PersonalId.lastFour("12"));
    }

    @Test
    void theNationalRegistryDefaultKnowsNothing() {
        assertEquals(NationalRegistry.Answer.UNKNOWN, NationalRegistry.NONE.check("079220001234", "A", BORN_2020, Sex.MALE).answer());
    }
}
