package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.portal.admission.AdmissionAssignment;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionReview;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.ListRequests;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.admission.SpecialClasses;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.tenant.SiteInfo;

/**
 * {@code tuyen-sinh/kiem-tra}: a parent checks the child's pre-filled record during the review window
 * and asks for corrections; in a round by assignment the family also answers the assignment, registers
 * for a class with a programme of its own, or asks for a child missing from the grade-5 list. A plain
 * HTML post answered here before the page renders, with the page itself (200, or 429 with Retry-After
 * over a limit): no JSF state, no session, nothing of the family in an address. The answer travels to
 * the view as a {@link PublicDataReview} ({@code #{review}}).
 *
 * <p>Form {@code review}: stage 1 {@code personalId}, stage 2 also {@code code} (hidden {@code stage=2}),
 * stage 3 the record's signed token (hidden {@code token}, nothing else is carried) with the correction
 * ({@code childName}, {@code birthDate}, {@code sex}, {@code curWard}, {@code curStreet},
 * {@code permWard}, {@code permStreet}, {@code reason}, the file {@code evidence}: multipart from stage
 * 3), the school asked for ({@code otherSchool}, {@code assignmentReason}) and the class
 * ({@code specialClass}). The button pressed comes as {@code action}: {@code send}, {@code open},
 * {@code ask}, {@code confirmAssignment}, {@code askAssignment}, {@code registerSpecial}. Form
 * {@code listRequest} (stages 1 and 2 of a round by assignment): the fields of
 * {@link #LIST_REQUEST_FIELDS}, {@code action=sendListRequest}. An action is taken only where the
 * page offered its button for the stage and record posted; any other does nothing. A cross-site post
 * is refused by the Origin check of {@code SecurityHeadersFilter}.
 */
@ApplicationScoped
public class AdmissionReviewPublic {

    static final String VIEW = "admission-review.xhtml";
    static final List<String> LIST_REQUEST_FIELDS = List.of("personalId", "childName", "birthDate", "sex", "curWard",
            "curStreet", "primarySchool", "email", "reason");
    /** The longest value read from a field: above every service's own limit, so each still refuses what is over it. */
    private static final int MAX_VALUE = 2000;

    @Inject
    PortalClock clock;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    AdmissionAssignment assignment;

    @Inject
    SpecialClasses specialClasses;

    @Inject
    ListRequests listRequests;

    /** One post: who asks, in which language, and the page being prepared. */
    private record Post(HttpServletRequest request, HttpServletResponse response, Locale locale, String ip,
            PublicDataReview model) {

        String typed(String name) {
            return PlainAnswer.typed(request, name, MAX_VALUE);
        }
    }

    /** On a post, acts as the button pressed asks and leaves the answer for the page; returns the page's view. */
    String answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PublicDataReview model = new PublicDataReview();
        request.setAttribute(PublicDataReview.ATTRIBUTE, model);
        Locale locale = PortalViewHandler.localeOf(request);
        Instant now = clock.now();
        model.campaign = campaign(site, now);
        if (model.campaign == null) {
            return VIEW;
        }
        if ("POST".equals(request.getMethod())) {
            if (vn.edu.portal.forms.FormRequest.bodyReadable(request)) {
                post(new Post(request, response, locale, Clients.address(request), model), now);
            } else {
                // Over the servlet's limits nothing of the body can be read, the token neither: the first stage, said so.
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                model.notice(locale, "upload.tooLarge", review.maxUploadBytes() / 1024);
            }
        }
        describe(model, locale, now);
        return VIEW;
    }

    /** On the department's site: the round whose review is open now, else the newest. */
    private AdmissionCampaign campaign(SiteInfo site, Instant now) {
        return site.isDepartment()
                ? rounds.campaigns(site.id()).stream().filter(c -> AdmissionReview.openToFamilies(c, now)).findFirst()
                        .orElse(rounds.currentCampaign(site.id()).orElse(null))
                : rounds.campaignOfSchool(site.id()).orElse(null);
    }

    private void post(Post post, Instant now) {
        PublicDataReview model = post.model();
        // The page keeps no state: the stage posted decides which buttons it offered, the record of a valid token the third.
        String token = post.request().getParameter("token");
        model.record = review.byToken(model.campaign, token).orElse(null);
        if (model.record != null) {
            model.token = token;
            model.stage = 3;
        } else if (token != null && !token.isBlank()) {
            // The record's page was open past its time (AdmissionReview.SESSION): said, not a silent first stage.
            model.notice(post.locale(), "admission.review.session");
            return;
        } else if ("2".equals(post.request().getParameter("stage"))) {
            model.stage = 2;
        }
        String action = String.valueOf(post.request().getParameter("action"));
        if (action.equals("sendListRequest")) {
            if (model.isAssignment() && model.stage < 3) {
                listRequest(post);
            }
        } else if (model.stage < 3) {
            model.v.put("personalId", post.typed("personalId"));
            if (model.stage == 2) {
                model.v.put("code", post.typed("code"));
            }
            if (action.equals("send")) {
                send(post);
            } else if (action.equals("open") && model.stage == 2) {
                open(post);
            }
        } else {
            onRecord(post, action, now);
        }
    }

    private void send(Post post) {
        PublicDataReview model = post.model();
        try {
            String masked = review.sendCode(model.campaign, model.v.get("personalId"), post.ip(), post.locale());
            model.stage = 2;
            model.notice(post.locale(), "admission.review.sent", masked);
        } catch (FieldErrors e) {
            model.refuse(post.locale(), e);
        } catch (TooManyAttempts e) {
            model.notices.add(Texts.tooMany(post.response(), post.locale(), e));
        }
    }

    private void open(Post post) {
        PublicDataReview model = post.model();
        try {
            model.token = review.open(model.campaign, model.v.get("personalId"), model.v.get("code"), post.ip());
            model.record = review.byToken(model.campaign, model.token).orElseThrow();
            model.stage = 3;
            model.v.remove("code");
        } catch (FieldErrors e) {
            model.refuse(post.locale(), e);
        } catch (TooManyAttempts e) {
            model.notices.add(Texts.tooMany(post.response(), post.locale(), e));
        }
    }

    /** Stage 3: the fields the page shows keep what was typed; the button pressed acts only where the page offered it. */
    private void onRecord(Post post, String action, Instant now) {
        PublicDataReview model = post.model();
        boolean correctable = AdmissionReview.inWindow(model.campaign, now);
        boolean answerable = answerable(model);
        boolean registrable = action.equals("registerSpecial") && model.isAssignment() && classesOf(model).isRegistrable();
        if (correctable) {
            AdmissionReview.FIELDS.stream().filter(f -> !f.equals("sex")).forEach(f -> model.v.put(f, post.typed(f)));
            model.v.put("reason", post.typed("reason"));
        }
        if (answerable) {
            model.v.put("assignmentReason", post.typed("assignmentReason"));
        }
        try {
            if (action.equals("ask") && correctable) {
                ask(post);
            } else if (action.equals("confirmAssignment") && answerable) {
                model.record = assignment.confirm(model.campaign, model.token);
                model.notice(post.locale(), "admission.assignment.confirmed",
                        assignment.schoolName(model.record.getAssignment().getSiteId()));
            } else if (action.equals("askAssignment") && answerable) {
                // A plain select, checked by the service, so a forged value gets a message too.
                model.v.put("otherSchool", post.typed("otherSchool"));
                model.record = assignment.ask(model.campaign, model.token, model.v.get("otherSchool"), model.v.get("assignmentReason"));
                model.notice(post.locale(), "admission.assignment.asked");
            } else if (action.equals("registerSpecial") && registrable) {
                model.record = specialClasses.register(model.campaign, model.token, post.request().getParameter("specialClass"));
                model.notice(post.locale(), model.record.getSpecialClassId() == null ? "admission.special.withdrawn"
                        : "admission.special.registeredDone");
            }
        } catch (FieldErrors e) {
            model.refuse(post.locale(), e);
        }
    }

    private void ask(Post post) {
        PublicDataReview model = post.model();
        // Sex is a plain select, checked by the service, so a forged value gets a message too.
        model.v.put("sex", post.typed("sex"));
        Map<String, String> typed = new HashMap<>();
        AdmissionReview.FIELDS.forEach(f -> typed.put(f, model.v.get(f)));
        review.requestCorrection(model.campaign, model.token, typed, model.v.get("reason"), evidence(post.request()));
        AdmissionReview.FIELDS.forEach(model.v::remove);
        model.v.remove("reason");
        model.notice(post.locale(), "admission.review.asked");
    }

    /** The file as sent, cut one byte past the limit so the size check can refuse it with the others. */
    private byte[] evidence(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            Part part = type != null && type.startsWith("multipart/") ? request.getPart("evidence") : null;
            if (!Uploads.present(part)) {
                return null;
            }
            try (InputStream in = part.getInputStream()) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, vn.edu.portal.forms.UploadPolicy.readLimit(review.maxUploadBytes()) + 1));
            }
        } catch (IOException | ServletException e) {
            throw FieldErrors.of("evidence", "upload.failed");
        }
    }

    private void listRequest(Post post) {
        PublicDataReview.ListRequest form = post.model().listRequest;
        LIST_REQUEST_FIELDS.forEach(f -> form.v.put(f, post.typed(f)));
        try {
            listRequests.submit(post.model().campaign, form.v, post.ip(), post.locale());
            form.sent = true;
            form.v.clear();
        } catch (FieldErrors e) {
            form.refused = true;
            form.refuse(post.locale(), e);
        } catch (TooManyAttempts e) {
            form.refused = true;
            post.model().notices.add(Texts.tooMany(post.response(), post.locale(), e));
        }
    }

    /** Whether the record waits for the family's answer to its assignment. */
    private static boolean answerable(PublicDataReview model) {
        var status = model.record == null ? null : model.record.getAssignment().getStatus();
        return model.isAssignment() && status != null && status.open();
    }

    /** The round's classes with a programme of their own on the page, and the one the record is registered for. */
    private PublicDataReview classesOf(PublicDataReview model) {
        model.specialClasses = model.isAssignment() ? specialClasses.views(model.campaign) : List.of();
        Long id = model.record == null ? null : model.record.getSpecialClassId();
        model.registered = id == null ? null
                : model.specialClasses.stream().filter(k -> k.row().getId().equals(id)).findFirst().orElse(null);
        return model;
    }

    /** What the page shows around the stage reached: the windows, and at stage 3 the record's requests, assignment and classes. */
    private void describe(PublicDataReview model, Locale locale, Instant now) {
        AdmissionCampaign c = model.campaign;
        String window = Texts.get(locale, "admission.review.window", AdmissionRounds.day(c.getReviewFrom()),
                AdmissionRounds.day(c.getReviewTo()));
        model.windowText = model.isAssignment() ? window + " " + Texts.get(locale, "admission.assignment.window",
                AdmissionRounds.day(c.getRegistrationFrom()), AdmissionRounds.day(c.getRegistrationTo())) : window;
        model.correctable = AdmissionReview.inWindow(c, now);
        ReviewRecord r = model.record;
        if (r == null) {
            return;
        }
        model.requests = review.requests(r);
        if (!model.isAssignment()) {
            return;
        }
        model.answerable = answerable(model);
        model.answerWindow = Texts.get(locale, "admission.phase.when.ANSWER_ASSIGNMENT",
                AdmissionRounds.day(c.getRegistrationFrom()), AdmissionRounds.day(c.getRegistrationTo()));
        model.assignedSchool = assignment.schoolName(r.getAssignment().getSiteId());
        model.requestedSchool = assignment.schoolName(r.getAssignment().getRequestedSiteId());
        Long assigned = r.getAssignment().getSiteId();
        model.otherSchools = rounds.schools(c.getId()).stream().filter(s -> !Long.valueOf(s.site().id()).equals(assigned)).toList();
        classesOf(model);
    }
}
