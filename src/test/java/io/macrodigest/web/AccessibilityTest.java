package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;

/** What can be checked without a screen reader: every control is labelled, every colour pair reads at WCAG AA. */
@QuarkusTest
class AccessibilityTest {

    @Test
    void everyFormControlHasALabel() {
        String m = TestArticles.marker();
        long id = TestArticles.ingest("Liquidity " + m, Instant.now().minusSeconds(3600).toString(),
                "The central bank expanded its balance sheet as liquidity improved.");
        for (String path : List.of("/", "/search?q=" + m, "/articles/" + id, "/digest?period=week", "/pulse", "/sources")) {
            Document page = Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
            List<Element> controls = page.select("input:not([type=hidden]):not([type=submit]), select, textarea");
            for (Element control : controls) {
                boolean labelled = control.hasAttr("aria-label")
                        || (!control.id().isEmpty() && page.selectFirst("label[for=" + control.id() + "]") != null);
                assertTrue(labelled, path + ": no label for " + control.outerHtml());
            }
            assertFalse(page.select("img:not([alt])").size() > 0, path + ": an image without alt text");
        }
    }

    /** Text colours of the style sheet against the backgrounds they are drawn on: at least 4.5:1. */
    @Test
    void textColoursHaveAaContrast() throws IOException {
        Map<String, String> vars = cssVariables();
        List<String[]> pairs = List.of(
                new String[] { vars.get("ink"), "#ffffff" }, new String[] { vars.get("muted"), "#ffffff" },
                new String[] { vars.get("accent"), "#ffffff" }, new String[] { vars.get("pos"), "#ffffff" },
                new String[] { vars.get("neg"), "#ffffff" }, new String[] { vars.get("neu"), "#ffffff" },
                new String[] { vars.get("accent"), vars.get("bg-soft") }, new String[] { vars.get("ink"), vars.get("bg-soft") },
                new String[] { "#ffffff", vars.get("accent") }, new String[] { vars.get("ink"), "#fff1a8" });
        for (String[] pair : pairs) {
            double ratio = contrast(pair[0], pair[1]);
            assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + " is " + ratio + ":1");
        }
    }

    private static Map<String, String> cssVariables() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/META-INF/resources/static/app.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> vars = new HashMap<>();
            Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
            while (m.find()) {
                vars.put(m.group(1), m.group(2));
            }
            return vars;
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of a #rrggbb colour. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
