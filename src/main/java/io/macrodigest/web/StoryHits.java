package io.macrodigest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.macrodigest.search.SearchHit;

/**
 * One search result per story on a results page: the story's best-ranked hit, with the other outlets' hits of the
 * same page under it ("also reported by"), so that a decision covered by five outlets is read once.
 */
public record StoryHits(SearchHit lead, List<SearchHit> others) {

    /** The page's hits grouped by story, in the order of each story's best hit. */
    static List<StoryHits> of(List<SearchHit> hits) {
        Map<Long, List<SearchHit>> byStory = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            byStory.computeIfAbsent(h.clusterId(), story -> new ArrayList<>()).add(h);
        }
        return byStory.values().stream().map(group -> new StoryHits(group.getFirst(), group.subList(1, group.size())))
                .toList();
    }
}
