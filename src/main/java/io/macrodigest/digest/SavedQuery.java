package io.macrodigest.digest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named article filter published as its own feed; {@code token} is the feed's secret. */
@Entity
@Table(name = "saved_query")
public class SavedQuery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;
    public String q;
    /** Driver filters in query-string form, comma separated, e.g. {@code rates:+,inflation}. */
    public String driver;
    public String asset;
    public String sentiment;
    @Column(name = "source_id")
    public Long sourceId;
    public String language;
    public String token;
    @Column(name = "created_at")
    public Instant createdAt;
}
