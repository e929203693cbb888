package org.platekeeper.sharing.application;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.search.application.FederationQuestion;
import org.platekeeper.search.application.Searches;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.FederatedInstallation;
import org.platekeeper.sharing.domain.Ori;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * Federation between installations: an investigator's exact-plate search put to partner installations chosen per
 * search, each asked through its partner API under the search's own case number and purpose code. The answers come
 * back marked with the agency they came from; each exchange is an audit event here and a dissemination there.
 * No database transaction is held while a partner is asked.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
public class FederatedSearches {

    public static final int MAX_INSTALLATIONS_PER_SEARCH = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    SharingRepository sharing;

    @Inject
    Searches searches;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<InstallationView> installations() {
        return sharing.installations().stream().map(InstallationView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public InstallationView register(@NotNull @Valid NewInstallation request) {
        FederatedInstallation installation;
        try {
            installation = new FederatedInstallation(request.name(), Ori.parse(request.ori()), request.baseUrl(),
                    request.credential(), session.getCallerPrincipal().getName(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        sharing.add(installation);
        audit.fire(AuditableAction.of("PARTNER_INSTALLATION_REGISTERED", "installation", installation.id() + " ("
                + installation.name() + ")", AuditOutcome.SUCCESS, installation.baseUrl()));
        return InstallationView.of(installation);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public InstallationView disable(UUID id) {
        FederatedInstallation installation = existing(id);
        installation.disable();
        audit.fire(AuditableAction.of("PARTNER_INSTALLATION_DISABLED", "installation", installation.id() + " ("
                + installation.name() + ")", AuditOutcome.SUCCESS, null));
        return InstallationView.of(installation);
    }

    /** Puts one of the caller's searches to the chosen installations, one after the other. */
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FederatedAnswer> ask(@NotNull UUID searchId,
                                     @NotEmpty @Size(max = MAX_INSTALLATIONS_PER_SEARCH) List<UUID> installationIds) {
        FederationQuestion question = searches.federationQuestion(searchId);
        List<FederatedInstallation> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(installationIds)) {
            FederatedInstallation installation = existing(id);
            if (!installation.enabled()) {
                throw new InvalidRequestException("the installation " + installation.name() + " is disabled");
            }
            chosen.add(installation);
        }
        String body = body(question);
        List<FederatedAnswer> answers = new ArrayList<>();
        for (FederatedInstallation installation : chosen) {
            FederatedAnswer answer = ask(installation, body);
            answers.add(answer);
            audit.fire(new AuditableAction("FEDERATED_QUERY", "plate", question.plate(),
                    answer.outcome() == FederatedAnswer.Outcome.ANSWERED ? AuditOutcome.SUCCESS
                            : answer.outcome() == FederatedAnswer.Outcome.REFUSED ? AuditOutcome.DENIED
                            : AuditOutcome.FAILURE,
                    "search " + searchId + " put to " + installation.name() + " (" + installation.ori() + "): "
                            + answer.outcome() + ", " + answer.reads().size() + " read(s)"
                            + (answer.message() == null ? "" : "; " + answer.message()),
                    null, "case " + question.caseNumber() + " / " + question.purposeCode()));
        }
        return answers;
    }

    private static FederatedAnswer ask(FederatedInstallation installation, String body) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(installation.queryUrl()).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + installation.credential())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return failed(installation, "the installation could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(installation, "interrupted");
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return failed(installation, "the installation answered " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() == 200) {
            List<PartnerAnswer.SharedRead> reads = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("reads")) {
                JsonObject r = value.asJsonObject();
                reads.add(new PartnerAnswer.SharedRead(UUID.fromString(r.getString("id")), r.getString("plate"),
                        r.getString("state", null), Instant.parse(r.getString("capturedAt")),
                        r.containsKey("latitude") ? r.getJsonNumber("latitude").doubleValue() : null,
                        r.containsKey("longitude") ? r.getJsonNumber("longitude").doubleValue() : null,
                        r.getString("camera", null), r.getString("plateImage", null)));
            }
            return new FederatedAnswer(installation.id(), json.getString("agency", installation.name()),
                    installation.ori(), FederatedAnswer.Outcome.ANSWERED, null, json.getBoolean("truncated", false),
                    reads);
        }
        String message = json.getString("message", "answered " + response.statusCode());
        return new FederatedAnswer(installation.id(), installation.name(), installation.ori(),
                response.statusCode() == 403 ? FederatedAnswer.Outcome.REFUSED : FederatedAnswer.Outcome.FAILED,
                message, false, List.of());
    }

    private static FederatedAnswer failed(FederatedInstallation installation, String message) {
        return new FederatedAnswer(installation.id(), installation.name(), installation.ori(),
                FederatedAnswer.Outcome.FAILED, message, false, List.of());
    }

    private static String body(FederationQuestion question) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("plate", question.plate())
                .add("caseNumber", question.caseNumber()).add("purpose", question.purposeCode().name());
        if (question.state() != null) {
            body.add("state", question.state());
        }
        return body.build().toString();
    }

    private FederatedInstallation existing(UUID id) {
        return sharing.installation(id).orElseThrow(() -> new UnknownItemException("installation",
                String.valueOf(id)));
    }
}
