package org.platekeeper.records.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.records.domain.RecordsRegister;
import org.platekeeper.records.domain.RecordsRequest;
import org.platekeeper.records.domain.StatutoryDeadline;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * The register of public-records requests (OD-T2): received from the public form or entered by a records clerk,
 * each with its tracking number and the due date the statute sets (business days after receipt, weekends and the
 * agency's holidays not counted); answered or denied by a clerk. Every step is audited.
 */
@Stateless
@RolesAllowed(Role.Names.RECORDS_CLERK)
public class RecordsRequests {

    public static final int MAX_SHOWN = 500;

    @Inject
    RecordsRegister register;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    /** The agency's holidays, {@code 2026-12-25,2027-01-01,…}: not business days for a response. */
    @Inject
    @ConfigProperty(name = "ALPR_RECORDS_HOLIDAYS")
    Optional<String> holidays;

    @Resource
    SessionContext session;

    /** A request from the public form: anyone may make one, and is told when to expect the answer. */
    @PermitAll
    public RecordsReceipt submit(@NotNull @Valid RecordsRequestForm form) {
        return receive(form, RecordsRequest.Channel.PUBLIC_FORM, null);
    }

    /** A request received by mail, telephone or at the counter, entered by a clerk. */
    public RecordsReceipt enter(@NotNull @Valid RecordsRequestForm form) {
        return receive(form, RecordsRequest.Channel.CLERK, session.getCallerPrincipal().getName());
    }

    public List<RecordsRequestView> registerView() {
        LocalDate today = policy.today(clock);
        List<RecordsRequestView> rows = register.all(MAX_SHOWN).stream().map(r -> RecordsRequestView.of(r, today))
                .toList();
        audit.fire(AuditableAction.of("RECORDS_REGISTER_VIEWED", "records-register", null, AuditOutcome.SUCCESS,
                rows.size() + " requests"));
        return rows;
    }

    public RecordsRequestView answer(UUID id, String response) {
        return close(id, r -> r.answer(caller(), response, policy.today(clock)), "RECORDS_REQUEST_ANSWERED");
    }

    public RecordsRequestView deny(UUID id, String exemption) {
        return close(id, r -> r.deny(caller(), exemption, policy.today(clock)), "RECORDS_REQUEST_DENIED");
    }

    /** The deadline the profile's statute sets, with the agency's holidays. */
    public StatutoryDeadline deadline() {
        return new StatutoryDeadline(policy.recordsResponseBusinessDays(), holidayDates());
    }

    private RecordsReceipt receive(RecordsRequestForm form, RecordsRequest.Channel channel, String clerk) {
        LocalDate today = policy.today(clock);
        String number = "RR-" + today.getYear() + "-" + String.format("%05d", register.nextNumber());
        RecordsRequest request;
        try {
            request = RecordsRequest.received(number, form.name(), form.contact(), form.request(), channel, clerk,
                    today, deadline(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        register.add(request);
        audit.fire(new AuditableAction("RECORDS_REQUEST_RECEIVED", "records-request", number, AuditOutcome.SUCCESS,
                "via " + channel + ", due " + request.dueOn() + " under the " + policy.recordsStatute(),
                clerk == null ? "public" : null, null));
        return new RecordsReceipt(number, request.receivedOn(), request.dueOn(), policy.recordsStatute());
    }

    private RecordsRequestView close(UUID id, Consumer<RecordsRequest> step, String action) {
        RecordsRequest request = register.find(id).orElseThrow(() -> new UnknownItemException("records request",
                String.valueOf(id)));
        try {
            step.accept(request);
        } catch (IllegalStateException closed) {
            throw new ConflictException(closed.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        audit.fire(AuditableAction.of(action, "records-request", request.trackingNumber(), AuditOutcome.SUCCESS,
                request.response()));
        return RecordsRequestView.of(request, policy.today(clock));
    }

    private Set<LocalDate> holidayDates() {
        if (holidays.isEmpty() || holidays.get().isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(holidays.get().split(",")).map(String::strip).filter(d -> !d.isEmpty())
                    .map(LocalDate::parse).collect(Collectors.toSet());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("ALPR_RECORDS_HOLIDAYS must list ISO dates such as 2026-12-25, "
                    + "separated by commas", e);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
