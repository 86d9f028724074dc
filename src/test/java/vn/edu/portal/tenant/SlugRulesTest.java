package vn.edu.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"thnguyenhue", "th-kim-dong", "mn2", "thcs-le-quy-don-2"})
    void acceptsDnsLabels(String slug) {
        assertTrue(SiteService.slugProblem(slug).isEmpty(), slug);
    }

    @ParameterizedTest
    @CsvSource({
        "ThNguyenHue, site.slug.invalid",
        "'th nguyen hue', site.slug.invalid",
        "trường, site.slug.invalid",
        "-abc, site.slug.invalid",
        "abc-, site.slug.invalid",
        "a, site.slug.invalid",
        "th_nguyen, site.slug.invalid",
        "admin, site.slug.reserved",
        "www, site.slug.reserved",
        "api, site.slug.reserved",
        "xn--abc, site.slug.reserved",
        "'', validation.required"
    })
    void refusesWithAReason(String slug, String reason) {
        assertEquals(reason, SiteService.slugProblem(slug).orElse("accepted"));
    }

    @ParameterizedTest
    @ValueSource(ints = {63, 64})
    void limitsLengthToADnsLabel(int length) {
        String slug = "a".repeat(length);
        assertEquals(length <= 63, SiteService.slugProblem(slug).isEmpty());
    }
}
