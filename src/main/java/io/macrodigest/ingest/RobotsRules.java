package io.macrodigest.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the group naming our product token, else the '*'
 * group; the longest matching pattern decides, Allow winning a tie; '*' and '$' wildcards; Crawl-delay kept.
 */
public final class RobotsRules {

    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** Null when the file sets none for us. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(path) && (best == null || rule.length() > best.length()
                    || rule.length() == best.length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    public static RobotsRules parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration ourDelay = null;
        Duration starDelay = null;
        boolean oursFound = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            if (groupAgents.isEmpty()) {
                continue;
            }
            inRules = true;
            boolean forUs = groupAgents.stream().anyMatch(a -> !a.equals("*") && token.contains(a.split("/")[0]));
            boolean forAll = groupAgents.contains("*");
            oursFound |= forUs;
            switch (key) {
                case "allow", "disallow" -> {
                    if (value.isEmpty()) {
                        continue;
                    }
                    Rule rule = new Rule(value, key.equals("allow"));
                    if (forUs) {
                        ours.add(rule);
                    }
                    if (forAll) {
                        star.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    Duration delay = seconds(value);
                    if (forUs) {
                        ourDelay = delay;
                    }
                    if (forAll) {
                        starDelay = delay;
                    }
                }
                default -> {
                }
            }
        }
        return oursFound ? new RobotsRules(ours, ourDelay) : new RobotsRules(star, starDelay);
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Rule(String pattern, boolean allow, Pattern regex) {

        Rule(String pattern, boolean allow) {
            this(pattern, allow, compile(pattern));
        }

        int length() {
            return pattern.length();
        }

        boolean matches(String path) {
            return regex.matcher(path).lookingAt();
        }

        private static Pattern compile(String pattern) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            String regex = String.join(".*", Arrays.stream(body.split("\\*", -1)).map(Pattern::quote).toList());
            return Pattern.compile(anchored ? regex + "$" : regex);
        }
    }
}
