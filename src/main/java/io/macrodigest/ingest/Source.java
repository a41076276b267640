package io.macrodigest.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where articles come from: a feed, a sitemap or a list of pages. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    public String kind;

    public String title;

    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds = 1800;

    public boolean enabled = true;

    @Column(name = "llm_enabled")
    public boolean llmEnabled;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
