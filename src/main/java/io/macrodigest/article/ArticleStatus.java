package io.macrodigest.article;

/** ANALYZED articles are shown; FAILED ones keep the reason their last fetch or extraction failed. */
public enum ArticleStatus {
    ANALYZED, FAILED
}
