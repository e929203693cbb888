package org.platekeeper.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.platekeeper.access.domain.AccountGate;
import org.platekeeper.access.application.MyAccount;
import org.platekeeper.shared.domain.Role;

/**
 * OD-AD2, OD-U4: a signed-in user without current training reaches nothing but their own profile (which says
 * why), and an administrator additionally the user pages, so training can be recorded. IA-5: a user whose password
 * an administrator reset reaches only their profile, to change it. Every refusal is audited.
 */
@WebFilter(urlPatterns = {"/api/*", "/console/*", "/push/*"})
public class TrainingGateFilter extends HttpFilter {

    static final String CLAUSE = "OD-AD2";
    private static final Set<String> OPEN_TO_ALL = Set.of("/api/v1/me", "/api/v1/me/password", "/api/v1/me/second-factor",
            "/api/v1/policy",
            "/console/access/me.xhtml", "/console/sign-out");
    private static final String PROFILE_PAGE = "/console/access/me.xhtml";

    @Inject
    MyAccount accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || request.isUserInRole(Role.Names.CAMERA) || request.isUserInRole(Role.Names.PARTNER)
                || OPEN_TO_ALL.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        AccountGate gate = accounts.gate(user);
        if (gate == AccountGate.PASSWORD_CHANGE_REQUIRED) {
            accounts.recordPasswordChangeRefusal(user, request.getMethod() + " " + path);
            if (ApiPaths.isApi(request)) {
                ApiPaths.write(response, HttpServletResponse.SC_FORBIDDEN, "password_change_required",
                        "an administrator reset your password: choose your own (PUT /api/v1/me/password) first",
                        "IA-5");
            } else {
                response.sendRedirect(request.getContextPath() + PROFILE_PAGE + "?password=change");
            }
            return;
        }
        if (gate == AccountGate.SECOND_FACTOR_ENROLMENT_REQUIRED) {
            accounts.recordSecondFactorRefusal(user, request.getMethod() + " " + path);
            if (ApiPaths.isApi(request)) {
                ApiPaths.write(response, HttpServletResponse.SC_FORBIDDEN, "second_factor_required",
                        "set up two-step sign-in first (POST /api/v1/me/second-factor)", "IA-2");
            } else {
                response.sendRedirect(request.getContextPath() + PROFILE_PAGE + "?secondFactor=enrol");
            }
            return;
        }
        if (gate == AccountGate.OPEN || administering(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        accounts.recordTrainingRefusal(user, request.getMethod() + " " + path);
        if (ApiPaths.isApi(request)) {
            ApiPaths.write(response, HttpServletResponse.SC_FORBIDDEN, "training_required",
                    "no current training record: only trained personnel may use LPR functions; "
                            + "ask an administrator to record your training", CLAUSE);
        } else {
            response.sendRedirect(request.getContextPath() + PROFILE_PAGE + "?training=required");
        }
    }

    private static boolean administering(HttpServletRequest request, String path) {
        return request.isUserInRole(Role.Names.ADMINISTRATOR)
                && (path.startsWith("/api/v1/users") || path.equals("/console/access/users.xhtml"));
    }
}
