package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

/**
 * Who may call what (AC-3, AC-6, OD-U4), for every operation the OpenAPI document names and every console page: each
 * is asked by anonymous, by a trained user of each role and by a camera token, and whoever is let past the
 * authentication and role checks (any answer but 401 and 403) must be exactly whom {@code authorization-matrix.txt}
 * names. An operation or a page without a line there fails the test, with the line its answers suggest.
 *
 * <p>Requests carry bogus ids and a body of the operation's type with an unknown field, which the server refuses
 * (404, 400) after its checks, so the probe changes nothing. Every role check happens before the body is read: a
 * caller without the role gets 403 even for a body that would be refused.
 */
@DisplayName("Authorization matrix: every operation and page by every kind of caller")
class AuthorizationMatrixIT {

    private static final List<String> ROLES = List.of("ADMINISTRATOR", "OFFICER", "INVESTIGATOR", "SUPERVISOR",
            "RECORDS_CLERK", "AUDITOR", "COMMAND_STAFF");
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Path CONSOLE = Path.of(System.getProperty("user.dir")).resolveSibling("alpr-web")
            .resolve("src/main/webapp");

    private static final Map<String, User> users = new LinkedHashMap<>();
    private static CameraIngestIT.RegisteredCamera camera;

    @BeforeAll
    static void signInEveryKindOfCaller() {
        ROLES.forEach(role -> users.put(role, TestUsers.trained(role)));
        camera = CameraIngestIT.fixedCamera();
    }

    /**
     * Each line: method (or PAGE), path, and who is let through: roles, ANONYMOUS, CAMERA, USERS, PUBLIC, NOBODY.
     */
    private static Map<String, Set<String>> expected() throws IOException {
        Map<String, Set<String>> matrix = new TreeMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LINE.matcher(line.strip());
                if (line.isBlank() || line.startsWith("#") || !m.matches()) {
                    continue;
                }
                Set<String> who = new TreeSet<>();
                for (String name : m.group(3).split("\\s*,\\s*")) {
                    switch (name) {
                        case "USERS" -> who.addAll(ROLES);
                        case "PUBLIC" -> {
                            who.addAll(ROLES);
                            who.add("ANONYMOUS");
                        }
                        case "NOBODY" -> { }
                        default -> who.add(name);
                    }
                }
                matrix.put(m.group(1) + " " + m.group(2), who);
            }
        }
        return matrix;
    }

    private static boolean letThrough(int status) {
        return status != 401 && status != 403;
    }

    /** A page refuses with 403, or sends the caller to sign in (302); anything else is the page itself. */
    private static boolean opens(int status) {
        return letThrough(status) && status != 302;
    }

    private static int ask(String method, OpenApiOperations.Probe probed, String caller) {
        String path = probed.path();
        User user = users.get(caller);
        HttpRequest.Builder request = Api.request(path, user == null ? null : user.name(),
                user == null ? null : user.password()).setHeader("Accept", "*/*"); // CSV, PDF and ZIP alike
        if ("CAMERA".equals(caller)) {
            request.header("Authorization", "Bearer " + camera.token());
        }
        HttpRequest.BodyPublisher probe = HttpRequest.BodyPublishers.ofString("{\"authorizationProbe\":true}");
        return Api.send(switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", probed.contentType()).method(method, probe);
        }).status();
    }

    private static Set<String> callers() {
        Set<String> all = new TreeSet<>(ROLES);
        all.add("ANONYMOUS");
        all.add("CAMERA");
        return all;
    }

    @Test
    @DisplayName("OD-U4 AC-3 AC-6 every API operation lets through exactly the callers the matrix names, and every operation has a line")
    void apiOperations() throws IOException {
        Map<String, Set<String>> expected = expected();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        OpenApiOperations.all().forEach((operation, concrete) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            Set<String> through = callers().stream().filter(c -> letThrough(ask(method, concrete, c)))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!expected.containsKey(operation)) {
                missing.add(operation + "  " + (through.isEmpty() ? "NOBODY" : String.join(",", through)));
            } else if (!expected.get(operation).equals(through)) {
                wrong.add(operation + ": expected " + expected.get(operation) + ", let through " + through);
            }
        });
        assertThat(missing).as("operations without a line in authorization-matrix.txt").isEmpty();
        assertThat(wrong).as("operations that let through others than the matrix names").isEmpty();
    }

    @Test
    @DisplayName("OD-U4 AC-3 every console page opens for exactly the roles the matrix names, and every page has a line")
    void consolePages() throws IOException {
        Map<String, Set<String>> expected = expected();
        List<String> pages;
        try (Stream<Path> files = Files.walk(CONSOLE.resolve("console"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + CONSOLE.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(pages).as("pages found in " + CONSOLE).isNotEmpty();
        Map<String, ConsoleBrowser> browsers = new LinkedHashMap<>();
        users.forEach((role, user) -> {
            ConsoleBrowser browser = new ConsoleBrowser();
            browser.signIn(user.name(), user.password());
            browsers.put(role, browser);
        });
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            Set<String> through = new TreeSet<>();
            browsers.forEach((role, browser) -> {
                if (opens(browser.get(page).status())) {
                    through.add(role);
                }
            });
            if (opens(new ConsoleBrowser().get(page).status())) {
                through.add("ANONYMOUS");
            }
            String key = "PAGE " + page;
            if (!expected.containsKey(key)) {
                missing.add(key + "  " + (through.isEmpty() ? "NOBODY" : String.join(",", through)));
            } else if (!expected.get(key).equals(through)) {
                wrong.add(key + ": expected " + expected.get(key) + ", opened for " + through);
            }
        }
        assertThat(missing).as("pages without a line in authorization-matrix.txt").isEmpty();
        assertThat(wrong).as("pages that open for others than the matrix names").isEmpty();
    }
}
