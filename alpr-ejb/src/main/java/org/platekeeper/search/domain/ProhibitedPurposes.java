package org.platekeeper.search.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words that name constitutionally protected activity (PC-B4) or a protected class (OD-P2). A purpose or narrative
 * that names one is refused, whatever else it says: the system cannot tell a lawful mention from targeting, so the
 * officer must say what the case is, not who the people are.
 */
public final class ProhibitedPurposes {

    /** A term, the clause that forbids it, and what it is. */
    public record Term(Pattern pattern, String clause, String names) {
    }

    private static final List<Term> TERMS = List.of(
            term("religio\\w*|worship\\w*|church\\w*|mosque\\w*|synagogue\\w*|congregation\\w*"
                    + "|parishioner\\w*|mass attend\\w*", "PC-B4", "religious activity"),
            term("protest\\w*|demonstrat(or|ors|ion|ions)|rall(y|ies)|picket\\w*|assembl(y|ies)"
                    + "|vigil\\w*|activis\\w*", "PC-B4", "assembly or protest"),
            term("petition\\w*|speech|free speech|journalis\\w*|reporter\\w*|press coverage",
                    "PC-B4", "speech, press or petition"),
            term("race(?!\\s*(track|way|car|course|day))|racial\\w*|ethnic\\w*|national origin|skin colou?r",
                    "OD-P2", "race or ethnicity"),
            term("immigra\\w*|undocumented|illegal alien\\w*|citizenship status|deportab\\w*", "OD-P2",
                    "immigration status"),
            term("politic\\w*|democrat\\w*|republican\\w*|party affiliation|voter\\w*", "OD-P2",
                    "political affiliation"),
            term("gender identity|sexual orientation|transgender|gay|lesbian", "OD-P2",
                    "a protected class"),
            term("ex[- ]?(wife|husband|girlfriend|boyfriend|partner)|my (neighbou?r|spouse|wife|husband)"
                    + "|personal (matter|reasons?)|curiosity", "OD-X1", "personal use"));

    private ProhibitedPurposes() {
    }

    private static Term term(String regex, String clause, String names) {
        return new Term(Pattern.compile("\\b(" + regex + ")\\b", Pattern.CASE_INSENSITIVE), clause, names);
    }

    /** The first prohibited term the text names, if any. */
    public static Optional<Term> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('_', ' ').toLowerCase(Locale.ROOT);
        return TERMS.stream().filter(t -> t.pattern().matcher(plain).find()).findFirst();
    }
}
