package io.macrodigest.article;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;


/** The rows an article's analysis is stored as, one embeddable per child table. */
final class AnalysisParts {

    private AnalysisParts() {
    }

    @Embeddable
    public static class InsightRow {
        @Column(nullable = false)
        public String insight;
        public String impact;

        static InsightRow of(Analysis.Insight i) {
            InsightRow row = new InsightRow();
            row.insight = i.insight();
            row.impact = i.impact();
            return row;
        }

        Analysis.Insight toRecord() {
            return new Analysis.Insight(insight, impact);
        }
    }

    @Embeddable
    public static class QuoteRow {
        @Column(nullable = false)
        public String text;
        public String speaker;

        static QuoteRow of(Analysis.Quote q) {
            QuoteRow row = new QuoteRow();
            row.text = q.text();
            row.speaker = q.speaker();
            return row;
        }

        Analysis.Quote toRecord() {
            return new Analysis.Quote(text, speaker);
        }
    }

    @Embeddable
    public static class ActionItemRow {
        @Column(nullable = false)
        public String action;
        public String impact;

        static ActionItemRow of(Analysis.ActionItem a) {
            ActionItemRow row = new ActionItemRow();
            row.action = a.action();
            row.impact = a.impact();
            return row;
        }

        Analysis.ActionItem toRecord() {
            return new Analysis.ActionItem(action, impact);
        }
    }

    @Embeddable
    public static class DriverRow {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Driver driver;
        public double tone;
        public String direction;
        public double confidence;
        @JdbcTypeCode(SqlTypes.JSON)
        public List<String> evidence = new ArrayList<>();

        static DriverRow of(Analysis.DriverTag d) {
            DriverRow row = new DriverRow();
            row.driver = d.driver();
            row.tone = d.tone();
            row.direction = d.direction();
            row.confidence = d.confidence();
            row.evidence = new ArrayList<>(d.evidence());
            return row;
        }

        Analysis.DriverTag toRecord() {
            return new Analysis.DriverTag(driver, tone, direction, confidence, evidence);
        }
    }

    @Embeddable
    public static class AssetRow {
        @Column(nullable = false)
        public String asset;
        public double sentiment;
        public int mentions;

        static AssetRow of(Analysis.AssetTag a) {
            AssetRow row = new AssetRow();
            row.asset = a.asset();
            row.sentiment = a.sentiment();
            row.mentions = a.mentions();
            return row;
        }

        Analysis.AssetTag toRecord() {
            return new Analysis.AssetTag(asset, sentiment, mentions);
        }
    }
}
