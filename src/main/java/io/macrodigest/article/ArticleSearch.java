package io.macrodigest.article;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Lists analysed articles, newest first, by full text and tags, with keyset pagination. */
@ApplicationScoped
public class ArticleSearch {

    private static final String SORT_TIME = "coalesce(a.published_at, a.fetched_at)";

    private final EntityManager em;

    public ArticleSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticlePage search(ArticleQuery query) {
        StringBuilder sql = new StringBuilder("select a.id from article a where a.status = 'ANALYZED'");
        Map<String, Object> params = new HashMap<>();
        if (query.q() != null && !query.q().isBlank()) {
            sql.append(" and a.search_vector @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.q());
        }
        if (query.driver() != null) {
            sql.append(" and exists (select 1 from article_driver d where d.article_id = a.id and d.driver = :driver)");
            params.put("driver", query.driver().name());
        }
        if (query.asset() != null && !query.asset().isBlank()) {
            sql.append(" and exists (select 1 from article_asset s where s.article_id = a.id and lower(s.asset) = lower(:asset))");
            params.put("asset", query.asset());
        }
        if (query.sentiment() != null) {
            sql.append(" and a.sentiment_label = :sentiment");
            params.put("sentiment", query.sentiment().name());
        }
        if (query.from() != null) {
            sql.append(" and ").append(SORT_TIME).append(" >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and ").append(SORT_TIME).append(" < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (query.cursor() != null && !query.cursor().isBlank()) {
            Cursor after = Cursor.decode(query.cursor());
            sql.append(" and (").append(SORT_TIME).append(", a.id) < (:afterTime, :afterId)");
            params.put("afterTime", Timestamp.from(after.time()));
            params.put("afterId", after.id());
        }
        sql.append(" order by ").append(SORT_TIME).append(" desc, a.id desc limit :limit");
        params.put("limit", query.limit() + 1);

        Query nativeQuery = em.createNativeQuery(sql.toString(), Long.class);
        params.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = new ArrayList<>(nativeQuery.getResultList());
        boolean more = ids.size() > query.limit();
        if (more) {
            ids = ids.subList(0, query.limit());
        }
        List<Article> articles = load(ids);
        String next = more && !articles.isEmpty()
                ? new Cursor(articles.getLast().effectiveTime(), articles.getLast().id).encode()
                : null;
        return new ArticlePage(articles.stream().map(ArticleView::of).toList(), next);
    }

    /** Loads articles keeping the order of {@code ids}. */
    List<Article> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = Article.<Article> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }
}
