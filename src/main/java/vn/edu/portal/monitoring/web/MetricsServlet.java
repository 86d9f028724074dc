package vn.edu.portal.monitoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.edu.portal.monitoring.PortalFigures;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.security.Account;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.web.StaffSessions;

/**
 * {@code /metrics}: the portal's figures in the Prometheus text format, for a department admin
 * logged in, for this machine itself ({@code 127.0.0.1}, {@code ::1}: a monitoring agent beside
 * the server) and for the addresses or ranges of {@code portal.metrics.allowed-addresses} (the
 * monitoring server). Anyone else gets 404, as for a page that does not exist. A request that came
 * through a proxy not listed in {@code portal.security.trusted-proxies} still carries its
 * {@code X-Forwarded-For}: it is not taken for this machine, whatever its connection says.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    PortalFigures figures;

    @Inject
    PortalConfig config;

    @Inject
    AccountService accounts;

    @Inject
    StaffSessions sessions;

    /** Headers of a request that came through a proxy (a proxy on this machine connects from 127.0.0.1). */
    static final java.util.List<String> FORWARDING_HEADERS = java.util.List.of("X-Forwarded-For", "Forwarded",
            "X-Real-IP", "X-Forwarded-Host", "X-Forwarded-Proto", "Via");

    private volatile Clients allowed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayRead(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(figures.exposition().getBytes(StandardCharsets.UTF_8));
    }

    boolean mayRead(HttpServletRequest request) {
        String client = Clients.address(request);
        // Any header a proxy adds means the connection is a proxy's, whoever is behind it.
        boolean forwarded = FORWARDING_HEADERS.stream().anyMatch(h -> request.getHeader(h) != null);
        if (!forwarded && (client.equals("127.0.0.1") || client.equals("::1") || client.equals("0:0:0:0:0:0:0:1"))) {
            return true;
        }
        if (allowed().lists(client)) {
            return true;
        }
        if (request.getUserPrincipal() == null) {
            return false;
        }
        return accounts.find(request.getUserPrincipal().getName()).filter(Account::isActive)
                .filter(a -> sessions.valid(request, a)).map(a -> accounts.isDepartmentAdmin(a.getId())).orElse(false);
    }

    private Clients allowed() {
        Clients c = allowed;
        if (c == null) {
            c = new Clients(config.get("portal.metrics.allowed-addresses", ""));
            allowed = c;
        }
        return c;
    }
}
