package io.macrodigest.search;

import java.util.List;

import io.macrodigest.article.ArticleView;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a listing; {@code nextCursor} is null on the last page. */
@RegisterForReflection
public record ArticlePage(List<ArticleView> items, String nextCursor) {
}
