package vn.edu.portal.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failed JSF request shows: an expired form reloads its page (the user logs in again if
 * needed), an upload over the servlet's limits reloads its page with a notice, a refused
 * cross-site action answers 403 and is announced as {@link AccessRefused} (the audit log keeps
 * it), anything else the 500 page and a log entry, never a stack trace.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                FacesContext faces = FacesContext.getCurrentInstance();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
                try {
                    if (causedBy(error, org.primefaces.csp.CspException.class)) {
                        // A post naming a nonce that is not its page's: nothing a browser running the page sends.
                        LOG.warning(() -> "Refused: a CSP nonce that is not the page's for " + askedFor(request));
                        CDI.current().getBeanManager().getEvent().select(AccessRefused.class)
                                .fire(new AccessRefused(request, "CSP nonce that is not the page's"));
                        if (!response.isCommitted()) {
                            response.reset();
                            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                        }
                    } else if (forgedViewState(request, error)) {
                        // "stateless" (or any state) posted to a view that keeps its state on the server: forged input.
                        LOG.warning(() -> "Refused: a view state that cannot be restored for " + askedFor(request));
                        CDI.current().getBeanManager().getEvent().select(AccessRefused.class)
                                .fire(new AccessRefused(request, "view state that cannot be restored"));
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    } else if (error instanceof ViewExpiredException) {
                        response.sendRedirect(again(request, "expired=1"));
                    } else if (uploadTooLarge(request, error)) {
                        LOG.info(() -> "Upload over the servlet's multipart limits: " + askedFor(request));
                        response.sendRedirect(again(request, "tooLarge=1"));
                    } else if (rootCause(error) instanceof SecurityException) {
                        LOG.warning(() -> "Refused: " + rootCause(error).getMessage());
                        CDI.current().getBeanManager().getEvent().select(AccessRefused.class)
                                .fire(new AccessRefused(request, rootCause(error).getMessage()));
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    } else {
                        LOG.log(Level.SEVERE, "Request failed: " + request.getRequestURI(), error);
                        if (!response.isCommitted()) {
                            response.reset();
                            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                        }
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not answer a failed request", e);
                } finally {
                    events.remove();
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }

        /**
         * The address the browser asked for: views are reached by a forward, so the request's own
         * URI is the view under WEB-INF, which no browser can open.
         */
        private static String askedFor(HttpServletRequest request) {
            Object asked = request.getAttribute(PortalViewHandler.ACTION_PATH);
            return Redirects.local(asked == null ? request.getRequestURI() : request.getContextPath() + asked);
        }

        /**
         * The same page again, with {@code notice} added and the query of the page the form was on
         * (which article, which album): a console form posts to the page's path without its query, and
         * a body that cannot be read says nothing, so the query is taken from the Referer
         * ({@link Redirects#refererQuery}).
         */
        private static String again(HttpServletRequest request, String notice) {
            String query = Redirects.refererQuery(request, askedFor(request));
            StringBuilder kept = new StringBuilder();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (!pair.isEmpty() && !pair.startsWith("expired=") && !pair.startsWith("tooLarge=")) {
                        kept.append(pair).append('&');
                    }
                }
            }
            return askedFor(request) + "?" + kept + notice;
        }

        /**
         * A multipart post over the servlet's limits ({@code web.xml}: 20 MiB a file, 42 MiB a
         * request) cannot even be read, so no field can say so: the page is reloaded with a notice.
         */
        private static boolean uploadTooLarge(HttpServletRequest request, Throwable error) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return false;
            }
            for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
                // A file over its limit: IllegalStateException "...size..."; the whole request over 42 MiB:
                // ServletException "...exceeds the configured maximum..." inside "Error in multipart initialization".
                if (cause instanceof IllegalStateException && message.contains("size")
                        || message.contains("exceeds the configured maximum")) {
                    return true;
                }
            }
            return false;
        }

        /** A postback whose view state names no view this session holds, and is not merely expired. */
        private static boolean forgedViewState(HttpServletRequest request, Throwable error) {
            if (error instanceof ViewExpiredException) {
                String state = request.getParameter("jakarta.faces.ViewState");
                return state != null && state.strip().equalsIgnoreCase("stateless");
            }
            for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof FacesException && String.valueOf(cause.getMessage()).startsWith("Unable to restore view")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
            for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }

        private static Throwable rootCause(Throwable error) {
            Throwable cause = error;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
