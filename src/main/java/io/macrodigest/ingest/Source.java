package io.macrodigest.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where articles come from: a feed, a sitemap or a list of pages, with the state of its polling. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @Convert(converter = SourceKindConverter.class)
    public SourceKind kind;

    public String title;

    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds;

    public boolean enabled = true;

    @Column(name = "llm_enabled")
    public boolean llmEnabled;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "next_poll_at")
    public Instant nextPollAt;

    @Column(name = "articles_found")
    public int articlesFound;

    /** Validators of the last response, for conditional GET. */
    public String etag;

    @Column(name = "last_modified")
    public String lastModified;
}
