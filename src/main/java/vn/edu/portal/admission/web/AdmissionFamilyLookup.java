package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.tenant.SiteInfo;

/**
 * {@code tuyen-sinh/tra-cuu}: the family's look-up by code and e-mail, and what the family may do
 * with the application it finds: correct the phone and where the child lives, withdraw, confirm
 * enrolment. The code and the e-mail address are on a receipt a family may have shown: the page shows
 * the child's name masked as public lists do, the phone's last digits and the ward, never the street
 * ({@link PublicFamilyLookup}); every action that changes the application needs a code mailed to that
 * address. A plain HTML post answered here before the page renders, with the page itself (200,
 * or 429 with Retry-After over the limit): no JSF state, no session, no code or e-mail in an
 * address. The answer travels to the view as a {@link PublicFamilyLookup} ({@code #{family}}).
 *
 * <p>Fields: {@code ma} (the code), {@code email}, and for a correction {@code phone},
 * {@code curWard}, {@code curStreet}; the button pressed comes as {@code action}: {@code find},
 * {@code correct}, {@code withdraw}, {@code enrol} (each of the last three asks, and mails a code that its
 * {@code -confirmed} press carries). The page keeps no state: every post carries the
 * code and e-mail and is a look-up of its own (counted and audited), which finds the application
 * again; an action is taken only where the page offers its button for the application found. A GET
 * with {@code ?ma=} fills in the code (the receipt's QR code links there). A cross-site post is
 * refused by the Origin check of {@code SecurityHeadersFilter}.
 */
@ApplicationScoped
public class AdmissionFamilyLookup {

    static final String VIEW = "admission-lookup.xhtml";
    /** The longest code kept from an address ({@code ?ma=}); longer ones are not filled in. */
    private static final int MAX_LINKED_CODE = 20;
    private static final int MAX_CODE = 40;
    private static final int MAX_EMAIL = 254;
    /** The longest value of a correction read (the service refuses what is over its own limits). */
    private static final int MAX_VALUE = 1000;

    @Inject
    PortalClock clock;

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionLists lists;

    @Inject
    vn.edu.portal.admission.AdmissionPapers papers;

    /** On a post, looks up (and acts) and leaves the answer for the page; returns the page's view. */
    String answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response) {
        PublicFamilyLookup model = new PublicFamilyLookup();
        request.setAttribute(PublicFamilyLookup.ATTRIBUTE, model);
        if ("POST".equals(request.getMethod()) && !vn.edu.portal.platform.RequestBodies.readable(request)) {
            // A paper over the request's limits: nothing of the body can be read; the code comes back from the form's
            // address, with what to do (it was a bare 400).
            Locale locale = PortalViewHandler.localeOf(request);
            model.code = linkedCode(request.getQueryString());
            model.notices.add(Texts.get(locale, "admission.upload.requestTooLarge", papers.maxUploadBytes() / (1024.0 * 1024)));
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if ("POST".equals(request.getMethod())) {
            post(site.id(), request, response, model);
        } else {
            String ma = request.getParameter("ma");
            if (ma != null && ma.length() <= MAX_LINKED_CODE) {
                model.code = ma;
            }
        }
        return VIEW;
    }

    private void post(long siteId, HttpServletRequest request, HttpServletResponse response, PublicFamilyLookup model) {
        Locale locale = PortalViewHandler.localeOf(request);
        String ip = Clients.address(request);
        model.code = PlainAnswer.typed(request, "ma", MAX_CODE);
        model.email = PlainAnswer.typed(request, "email", MAX_EMAIL);
        AdmissionApplication found;
        try {
            found = admission.lookup(siteId, model.code, model.email, ip).orElse(null);
        } catch (TooManyAttempts e) {
            model.notices.add(Texts.tooMany(response, locale, e));
            return;
        }
        if (found == null) {
            model.errors.put("code", Texts.get(locale, "admission.lookup.none"));
            return;
        }
        Instant now = clock.now();
        String action = String.valueOf(request.getParameter("action"));
        // The correction's fields as typed when they were posted with an action on them, else empty: the page never
        // fills in the phone or the street (an empty field keeps what the application holds).
        boolean open = found.getStatus().openToParent();
        boolean typedCorrection = open && (action.startsWith("correct") || action.startsWith("withdraw"));
        model.phone = typedCorrection ? PlainAnswer.typed(request, "phone", MAX_VALUE) : "";
        model.curWard = typedCorrection ? PlainAnswer.typed(request, "curWard", MAX_VALUE) : "";
        model.curStreet = typedCorrection ? PlainAnswer.typed(request, "curStreet", MAX_VALUE) : "";
        try {
            boolean confirmed = action.equals("withdraw-confirmed") && found.getCode().equals(request.getParameter("confirmCode"));
            if (open && (action.equals("withdraw") || action.equals("withdraw-confirmed") && !confirmed)) {
                // One press asks, and mails a code to the application's address: withdrawing cannot be undone.
                // A confirmation of another application's question (the code was changed below it) is asked again.
                admission.requireWithdrawable(found, now);
                model.confirmWithdraw = true;
                admission.askToWithdraw(found, now, ip);
                model.withdrawCodeSent = true;
            } else if (confirmed && open) {
                model.confirmWithdraw = true;
                found = admission.withdraw(siteId, model.code, model.email, PlainAnswer.typed(request, "withdrawCode", 12), ip,
                        clock.now());
                model.confirmWithdraw = false;
                model.notices.add(Texts.get(locale, "admission.withdrawn", found.getCode()));
            } else if (action.equals("correct") && open) {
                // One press checks what was typed and mails a code; the second, with the code, saves.
                admission.askToCorrect(siteId, model.code, model.email, model.phone, model.curWard, model.curStreet, ip);
                model.correctCodeSent = true;
            } else if (action.equals("correct-confirmed") && open) {
                int group = found.getZoneGroup();
                found = admission.correct(siteId, model.code, model.email, model.phone, model.curWard, model.curStreet,
                        PlainAnswer.typed(request, "correctCode", 12), ip);
                model.notices.add(Texts.get(locale, "admission.corrected"));
                if (found.getZoneGroup() != group) {
                    // The new address moved the child to another group of the zone: said at once (it was not said).
                    model.notices.add(Texts.get(locale, "admission.corrected.group", group, found.getZoneGroup()));
                }
            } else if (action.equals("enrol") && canEnrol(found, now)) {
                // One press mails a code to the application's address; the second, with the code, confirms.
                admission.askToEnrol(found, now, ip);
                model.enrolCodeSent = true;
                model.notices.add(Texts.get(locale, "admission.enrol.codeAsked"));
            } else if (action.equals("enrol-confirmed") && canEnrol(found, now)) {
                found = admission.confirmEnrolment(siteId, model.code, model.email,
                        PlainAnswer.typed(request, "enrolCode", 12), clock.now());
                model.notices.add(Texts.get(locale, "admission.enrolled", found.getEnrolReceipt()));
            } else if (action.equals("papers") && found.getStatus() == ApplicationStatus.NEEDS_DOCUMENTS) {
                byte[] data; // null: over the limit; empty: no file chosen
                try {
                    var upload = ApplicationRequest.read(request, "paper", vn.edu.portal.forms.UploadPolicy.readLimit(papers.maxUploadBytes()));
                    data = upload.isPresent() ? upload.get().data() : new byte[0];
                } catch (java.io.IOException | jakarta.servlet.ServletException e) {
                    data = new byte[0];
                }
                found = papers.send(found, String.valueOf(request.getParameter("paperKind")), data, ip, now);
                model.notices.add(Texts.get(locale, "admission.papers.sent"));
            } else if (action.equals("papers")) {
                // The form of a page drawn before (a second tab, a replay): the file is not taken, and the family is told.
                model.notices.add(Texts.get(locale, "admission.papers.notAsked"));
            } else if (action.equals("show")) {
                // Everything the application holds, once the code mailed to its address is typed.
                admission.askToShow(found, ip);
                model.showCodeSent = true;
            } else if (action.equals("show-confirmed")) {
                admission.requireShowCode(found, PlainAnswer.typed(request, "showCode", 12), ip);
                model.shown = true;
                model.criteria = lists.criteriaText(found);
                model.preferences = lists.preferencesText(found);
            }
            // "find", or a button the page did not offer for this application: the application as it is.
        } catch (FieldErrors e) {
            model.refuse(locale, e);
        }
        model.found = found;
        model.zoneNote = lists.zoneNote(found, locale);
        model.history = lists.history(found, now);
        model.canEnrol = canEnrol(found, now);
    }

    /** The code of the address's {@code ma=} (the papers' form posts there), or "". */
    static String linkedCode(String query) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("ma=") && pair.length() <= 3 + MAX_LINKED_CODE && pair.substring(3).matches("[A-Za-z0-9-]*")) {
                return pair.substring(3);
            }
        }
        return "";
    }

    /** The enrolment button is offered once the family sees the child admitted. */
    private boolean canEnrol(AdmissionApplication a, Instant now) {
        return lists.shown(a, now) == ApplicationStatus.ADMITTED;
    }
}
