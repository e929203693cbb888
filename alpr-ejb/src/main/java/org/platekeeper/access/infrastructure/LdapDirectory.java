package org.platekeeper.access.infrastructure;

import java.net.URI;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.access.domain.CityDirectory;

/**
 * The city directory over LDAP, with the JDK's own LDAP client: under the service account, a search for the person's
 * entry and for the groups that name it as a member; to verify a password, then a bind as that entry. OpenLDAP's
 * defaults are set here; Active Directory needs its own filters (docs/operations.md). Passwords never travel in
 * clear beyond this machine: {@code ldap://} is accepted for a loopback address only.
 */
@ApplicationScoped
public class LdapDirectory implements CityDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_BIND_DN")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_BIND_PASSWORD")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_USER_BASE")
    Optional<String> userBase;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_USER_FILTER", defaultValue = "(&(objectClass=inetOrgPerson)(uid={0}))")
    String userFilter;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_NAME_ATTRIBUTE", defaultValue = "cn")
    String nameAttribute;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_GROUP_BASE")
    Optional<String> groupBase;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_GROUP_FILTER", defaultValue = "(&(objectClass=groupOfNames)(member={0}))")
    String groupFilter;

    @Inject
    @ConfigProperty(name = "ALPR_DIRECTORY_TIMEOUT_MILLISECONDS", defaultValue = "5000")
    int timeoutMilliseconds;

    @Override
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    @Override
    public Answer verify(String username, char[] password) {
        if (!configured()) {
            return Answer.of(Verdict.UNAVAILABLE);
        }
        if (password == null || password.length == 0) {
            // an LDAP bind with an empty password is an anonymous bind, which succeeds: never send one
            return Answer.of(Verdict.WRONG_PASSWORD);
        }
        Answer person = lookUp(username);
        if (person.verdict() != Verdict.VERIFIED) {
            return person;
        }
        try {
            return binds(person.entry(), password) ? person : Answer.of(Verdict.WRONG_PASSWORD);
        } catch (NamingException unreachable) {
            LOG.log(Level.WARNING, "the city directory did not answer a sign-in: {0}", unreachable.toString());
            return Answer.of(Verdict.UNAVAILABLE);
        }
    }

    @Override
    public Answer lookUp(String username) {
        if (!configured()) {
            return Answer.of(Verdict.UNAVAILABLE);
        }
        if (!protectedInTransit(url.get())) {
            LOG.severe(() -> "ALPR_DIRECTORY_URL must be ldaps://, or ldap:// to this machine: " + url.get());
            return Answer.of(Verdict.UNAVAILABLE);
        }
        DirContext service = null;
        try {
            service = new InitialDirContext(environment(bindDn.orElse(null), bindPassword.orElse("")));
            Optional<SearchResult> person = onlyEntry(service, username);
            if (person.isEmpty()) {
                return Answer.of(Verdict.NO_SUCH_PERSON);
            }
            String entry = person.get().getNameInNamespace();
            return new Answer(Verdict.VERIFIED, entry, text(person.get().getAttributes().get(nameAttribute)),
                    groupsOf(service, entry));
        } catch (NamingException unreachable) {
            LOG.log(Level.WARNING, "the city directory did not answer: {0}", unreachable.toString());
            return Answer.of(Verdict.UNAVAILABLE);
        } finally {
            close(service);
        }
    }

    /** The one entry the user filter finds; none when there is none or more than one. */
    private Optional<SearchResult> onlyEntry(DirContext service, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {nameAttribute});
        controls.setCountLimit(2);
        controls.setTimeLimit(timeoutMilliseconds);
        // the JDK escapes {0} (RFC 4515), so a user name cannot change the filter
        NamingEnumeration<SearchResult> found = service.search(userBase.orElse(""), userFilter, new Object[] {username}, controls);
        try {
            if (!found.hasMore()) {
                return Optional.empty();
            }
            SearchResult first = found.next();
            if (found.hasMore()) {
                LOG.warning(() -> "the city directory has more than one entry for a user name; refused");
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (javax.naming.SizeLimitExceededException ambiguous) {
            LOG.warning(() -> "the city directory has more than one entry for a user name; refused");
            return Optional.empty();
        } finally {
            found.close();
        }
    }

    private boolean binds(String entry, char[] password) throws NamingException {
        DirContext asPerson = null;
        try {
            asPerson = new InitialDirContext(environment(entry, new String(password)));
            return true;
        } catch (AuthenticationException wrong) {
            return false;
        } finally {
            close(asPerson);
        }
    }

    /** Each group's name and distinguished name, so the role mapping may use either. */
    private Set<String> groupsOf(DirContext service, String entry) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        controls.setTimeLimit(timeoutMilliseconds);
        Set<String> groups = new HashSet<>();
        NamingEnumeration<SearchResult> found = service.search(groupBase.orElse(""), groupFilter, new Object[] {entry}, controls);
        try {
            while (found.hasMore()) {
                SearchResult group = found.next();
                groups.add(group.getNameInNamespace());
                String name = text(group.getAttributes().get("cn"));
                if (name != null) {
                    groups.add(name);
                }
            }
        } finally {
            found.close();
        }
        return groups;
    }

    private Hashtable<String, Object> environment(String principal, String credentials) {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url.get());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(timeoutMilliseconds));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(timeoutMilliseconds));
        if (principal != null && !principal.isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return environment;
    }

    static boolean protectedInTransit(String directoryUrl) {
        URI address;
        try {
            address = URI.create(directoryUrl.strip());
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
        if ("ldaps".equalsIgnoreCase(address.getScheme())) {
            return true;
        }
        String host = address.getHost();
        return "ldap".equalsIgnoreCase(address.getScheme()) && host != null
                && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"));
    }

    private static String text(Attribute attribute) throws NamingException {
        return attribute == null || attribute.get() == null ? null : attribute.get().toString();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // nothing to do: the connection is gone either way
            }
        }
    }
}
