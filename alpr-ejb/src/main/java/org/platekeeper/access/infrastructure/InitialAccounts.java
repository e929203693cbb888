package org.platekeeper.access.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.access.domain.PasswordHash;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.infrastructure.DatabaseSettings;

/**
 * The accounts a new installation starts with. A real installation names its first administrator with
 * {@code ALPR_BOOTSTRAP_ADMIN_PASSWORD} (created once, without training, so that it can record its own). A demo
 * installation ({@code ALPR_DEMO=true}, embedded database only) gets one trained user per role, named after it.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
public class InitialAccounts {

    static final String DEMO_COURSE = "Platekeeper operator training (demonstration record)";
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    DatabaseSettings database;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_BOOTSTRAP_ADMIN_USER", defaultValue = "admin")
    String bootstrapAdmin;

    @Inject
    @ConfigProperty(name = "ALPR_BOOTSTRAP_ADMIN_PASSWORD")
    Optional<String> bootstrapPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void seed() {
        if (database.demo()) {
            seedDemoUsers();
        }
        bootstrapPassword.filter(p -> !p.isBlank()).ifPresent(this::bootstrapAdministrator);
    }

    private void bootstrapAdministrator(String password) {
        String name = UserAccount.normaliseUsername(bootstrapAdmin);
        if (accounts.exists(name)) {
            return;
        }
        accounts.add(new UserAccount(name, "Bootstrap administrator", PasswordHash.of(password.toCharArray()),
                EnumSet.of(Role.ADMINISTRATOR), Instant.now(clock)));
        created(name, "bootstrap administrator from ALPR_BOOTSTRAP_ADMIN_PASSWORD");
        LOG.info(() -> "Created the bootstrap administrator '" + name + "'");
    }

    /** admin, officer, investigator, supervisor, clerk, auditor, command; password demo-NAME. */
    private void seedDemoUsers() {
        LocalDate today = policy.today(clock);
        for (Role role : Role.values()) {
            String name = demoName(role);
            if (accounts.exists(name)) {
                continue;
            }
            UserAccount account = new UserAccount(name, "Demo " + role.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), PasswordHash.of(("demo-" + name).toCharArray()), Set.of(role),
                    Instant.now(clock));
            account.recordTraining(DEMO_COURSE, today, today.plusYears(1), "system", Instant.now(clock));
            accounts.add(account);
            created(name, "demo user for role " + role);
        }
        LOG.info("Demo mode: one user per role, password demo-<name>");
    }

    static String demoName(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "admin";
            case RECORDS_CLERK -> "clerk";
            case COMMAND_STAFF -> "command";
            default -> role.name().toLowerCase(Locale.ROOT);
        };
    }

    private void created(String name, String details) {
        audit.fire(AuditableAction.of("USER_CREATED", "user", name, AuditOutcome.SUCCESS, details));
    }
}
