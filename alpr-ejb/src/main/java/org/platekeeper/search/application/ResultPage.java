package org.platekeeper.search.application;

import java.util.List;

import org.platekeeper.search.domain.FoundRead;

/**
 * A search and one page of what it found, newest first. {@code results} is empty while the search waits for
 * approval.
 */
public record ResultPage(SearchView search, int page, int size, long total, List<FoundRead> results) {
}
